package io.github.baozhang.adapter.spi;

import java.util.Objects;

/**
 * The version of the adapter SPI, {@code MAJOR.MINOR}, and the rule that decides whether a
 * provider built for one version may run with this one.
 *
 * <p>A provider states the SPI version it was built against ({@link AdapterProvider#spiVersion()}).
 * It is compatible when its major version equals {@link #CURRENT}'s and its minor version is not
 * greater: minor versions only add (new optional methods with defaults, new kinds); a major
 * version may remove or change. See {@code docs/adapters.md} for the compatibility policy.
 */
public final class SpiVersion {

    /** The version of this SPI. */
    public static final String CURRENT = "1.0";

    private SpiVersion() {
    }

    /**
     * Returns whether a provider built for the given SPI version can run with this SPI.
     *
     * @param builtFor  the provider's SPI version, {@code MAJOR.MINOR}, not null
     * @return true if compatible; false also when the text is not a version
     */
    public static boolean isCompatible(String builtFor) {
        Objects.requireNonNull(builtFor, "builtFor");
        int[] theirs = parse(builtFor);
        int[] ours = parse(CURRENT);
        return theirs != null && theirs[0] == ours[0] && theirs[1] <= ours[1];
    }

    private static int[] parse(String version) {
        int dot = version.indexOf('.');
        if (dot <= 0 || dot == version.length() - 1 || dot > 4 || version.length() - dot > 5) {
            return null;
        }
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                return null;
            }
        }
        return new int[] {Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1))};
    }
}
