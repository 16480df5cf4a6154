package io.github.baozhang.examples.cli;

import io.github.baozhang.profile.ProvinceProfile;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME|FILE}: the province settings a command depends on (the due day of the
 * reports, the risk thresholds, the urgent-report clocks). Built in: {@code national}, the
 * national defaults, which apply to every province without a profile of its own.
 */
final class ProfileOption {

    /** The name of the built-in national profile. */
    static final String NATIONAL = "national";

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = NATIONAL,
            description = "Province settings: a built-in name (national) or a profile file (default: ${DEFAULT-VALUE}).")
    private String profile;

    String name() {
        return profile;
    }

    /** The profiles to roll up with, or empty when the profile is unknown. */
    Optional<List<ProvinceProfile>> profiles() {
        if (NATIONAL.equalsIgnoreCase(profile)) {
            return Optional.of(List.of(ProvinceProfile.national()));
        }
        return Optional.empty();
    }
}
