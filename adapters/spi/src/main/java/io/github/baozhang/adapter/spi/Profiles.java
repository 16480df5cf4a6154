package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a province profile by name or file, as {@code --profile NAME|FILE} of the command-line
 * tool does: {@code national} (in any case) is the built-in {@link ProvinceProfile#national()};
 * anything else is the path of a {@code baozhang/province-profile@1} document, read by the
 * installed reader of that kind ({@link Adapters}). It never throws for a missing, unreadable or
 * invalid file: the {@link ProfileResolution} says what happened.
 *
 * <pre>{@code
 * ProfileResolution r = Profiles.resolve("profiles/beijing-1999.json");
 * if (!r.isResolved()) {
 *     r.violations().forEach(v -> System.err.println(v));   // pointer, line, column, code
 * }
 * }</pre>
 *
 * <p>Every method is thread-safe.
 */
public final class Profiles {

    /** The kind of a province profile file: {@code baozhang/province-profile@1}. */
    public static final DocumentKind KIND = DocumentKind.of("baozhang/province-profile@1");
    /** The name of the built-in profile. */
    public static final String NATIONAL = "national";

    private static final Logger LOG = LoggerFactory.getLogger(Profiles.class);

    private Profiles() {
    }

    /**
     * Resolves a name or path with the adapters {@link Adapters#discover()} finds.
     *
     * @param nameOrPath  {@code national} in any case, or a file's path, not null
     * @return the resolution, not null
     */
    public static ProfileResolution resolve(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (isBuiltIn(nameOrPath)) {
            return ProfileResolution.resolved(ProfileResolution.Status.BUILT_IN, ProvinceProfile.national());
        }
        return resolve(nameOrPath, Adapters.discover());
    }

    /**
     * Resolves a name or path with the given adapters.
     *
     * @param nameOrPath  {@code national} in any case, or a file's path, not null
     * @param adapters  where the reader of {@link #KIND} is looked up, not null
     * @return the resolution, not null
     */
    public static ProfileResolution resolve(String nameOrPath, Adapters adapters) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Objects.requireNonNull(adapters, "adapters");
        if (isBuiltIn(nameOrPath)) {
            return ProfileResolution.resolved(ProfileResolution.Status.BUILT_IN, ProvinceProfile.national());
        }
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null || nameOrPath.isBlank() || !Files.isRegularFile(path)) {
            return failed(ProfileResolution.Status.NOT_FOUND, nameOrPath, ProblemCode.PROFILE_NOT_FOUND,
                    "name", nameOrPath);
        }
        Optional<FeedReader<ProvinceProfile>> reader = adapters.reader(KIND, ProvinceProfile.class);
        if (reader.isEmpty()) {
            return failed(ProfileResolution.Status.NO_READER, nameOrPath, ProblemCode.PROFILE_READER_MISSING,
                    "kind", KIND.name());
        }
        ReadResult<ProvinceProfile> result;
        try {
            result = reader.get().readAll(Source.of(path));
        } catch (IOException | RuntimeException e) {
            LOG.debug("profile {} unreadable", nameOrPath, e);
            return failed(ProfileResolution.Status.UNREADABLE, nameOrPath, ProblemCode.PROFILE_UNREADABLE,
                    "name", nameOrPath, "reason", String.valueOf(e.getMessage()));
        }
        if (result.values().size() == 1 && result.summary().isClean()) {
            return ProfileResolution.resolved(ProfileResolution.Status.READ, result.values().get(0));
        }
        List<Violation> violations = new ArrayList<>(result.summary().documentViolations());
        result.rejected().forEach(r -> violations.addAll(r.violations()));
        if (violations.isEmpty()) {
            // A reader that handed over no profile, or several, without saying why.
            violations.add(violation(nameOrPath, ProblemCode.PROFILE_UNREADABLE, "name", nameOrPath,
                    "reason", result.values().size() + " profiles in one document"));
        }
        return ProfileResolution.failed(ProfileResolution.Status.REJECTED, violations);
    }

    /**
     * Returns whether a name is the built-in profile's, in any case.
     *
     * @param name  the name, not null
     * @return true for {@code national}, {@code NATIONAL}, …
     */
    public static boolean isBuiltIn(String name) {
        return name.toLowerCase(Locale.ROOT).equals(NATIONAL);
    }

    private static ProfileResolution failed(ProfileResolution.Status status, String name, ProblemCode code,
            String... namesAndValues) {
        return ProfileResolution.failed(status, List.of(violation(name, code, namesAndValues)));
    }

    private static Violation violation(String name, ProblemCode code, String... namesAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Violation.of(code, "", arguments).withLocation(Location.none().withDocument(name));
    }
}
