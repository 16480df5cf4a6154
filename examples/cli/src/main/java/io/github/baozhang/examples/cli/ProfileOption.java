package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.spi.ProfileResolution;
import io.github.baozhang.adapter.spi.Profiles;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME|FILE}: the province settings a command depends on (the due day of the
 * reports, the risk thresholds, the urgent-report clocks). Built in: {@code national}, the
 * national defaults; a file is a {@code baozhang/province-profile@1} document
 * ({@link Profiles#resolve(String)}), which applies to its province, the others keeping the
 * national defaults.
 */
final class ProfileOption {

    /** The name of the built-in national profile. */
    static final String NATIONAL = Profiles.NATIONAL;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = NATIONAL,
            description = "Province settings: a built-in name (national) or a profile file (default: ${DEFAULT-VALUE}).")
    private String profile;

    String name() {
        return profile;
    }

    /**
     * The profiles to roll up with; or, when the profile cannot be used, empty after printing
     * why (a file missing or unreadable is a usage or I/O error, a file refused is a violation:
     * see {@link #exitCode}).
     */
    Optional<List<ProvinceProfile>> profiles(Lang lang, PrintStream err) {
        ProfileResolution r = Profiles.resolve(profile);
        if (r.isResolved()) {
            ProvinceProfile p = r.profile().orElseThrow();
            return Optional.of(p.province().isPresent() ? List.of(p, ProvinceProfile.national()) : List.of(p));
        }
        ProblemFormatter formatter = ProblemFormatter.of(lang.locale());
        if (r.status() == ProfileResolution.Status.NOT_FOUND) {
            err.println(Texts.get(lang, "unknownProfile", profile));
        } else {
            for (Violation v : r.violations()) {
                err.println(Texts.get(lang, "error") + formatter.format(v));
            }
        }
        return Optional.empty();
    }

    /** The exit code of a profile that cannot be used: 1 for a file refused, 2 otherwise. */
    int exitCode() {
        ProfileResolution r = Profiles.resolve(profile);
        return r.status() == ProfileResolution.Status.REJECTED ? 1 : BaozhangCli.USAGE_OR_IO;
    }
}
