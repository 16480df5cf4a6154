package io.github.baozhang.examples.cli;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.reporting.Deadlines;
import java.util.Optional;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME|FILE}: the province settings a command depends on. Built in:
 * {@code national}, the national defaults (reports due on the 5th of the following month in
 * every province).
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

    /** The due day of the month of each province, or empty when the profile is unknown. */
    Optional<ToIntFunction<DivisionCode>> dueDays() {
        if (NATIONAL.equalsIgnoreCase(profile)) {
            return Optional.of(p -> Deadlines.DEFAULT_DUE_DAY);
        }
        return Optional.empty();
    }
}
