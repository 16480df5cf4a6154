package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Profiles#resolve(String)} made of a name or path: the profile, or the violations
 * that kept it from one, each located (a file's violations by JSON pointer, line and column).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileResolution {

    /** How a resolution ended. */
    public enum Status {
        /** The built-in profile was named ({@code national}). */
        BUILT_IN,
        /** A file was read into a profile. */
        READ,
        /** Neither a built-in name nor a file that exists ({@code PROFILE_NOT_FOUND}). */
        NOT_FOUND,
        /** The file exists but could not be read ({@code PROFILE_UNREADABLE}). */
        UNREADABLE,
        /** No installed adapter reads province profiles ({@code PROFILE_READER_MISSING}). */
        NO_READER,
        /** The file was read and refused: the violations say where and why. */
        REJECTED;

        /**
         * Returns whether this status comes with a profile.
         *
         * @return true for {@link #BUILT_IN} and {@link #READ}
         */
        public boolean isResolved() {
            return this == BUILT_IN || this == READ;
        }
    }

    private final Status status;
    private final ProvinceProfile profile;
    private final List<Violation> violations;

    private ProfileResolution(Status status, ProvinceProfile profile, List<Violation> violations) {
        this.status = status;
        this.profile = profile;
        this.violations = violations;
    }

    /**
     * Returns a resolution to a profile.
     *
     * @param status  {@link Status#BUILT_IN} or {@link Status#READ}, not null
     * @param profile  the profile, not null
     * @return the resolution, not null
     * @throws IllegalArgumentException if the status has no profile
     */
    public static ProfileResolution resolved(Status status, ProvinceProfile profile) {
        if (!Objects.requireNonNull(status, "status").isResolved()) {
            throw new IllegalArgumentException("not a resolved status: " + status);
        }
        return new ProfileResolution(status, Objects.requireNonNull(profile, "profile"), List.of());
    }

    /**
     * Returns a resolution that failed.
     *
     * @param status  a status other than {@link Status#BUILT_IN} and {@link Status#READ}, not null
     * @param violations  why, at least one, not null, no null element
     * @return the resolution, not null
     * @throws IllegalArgumentException if the status is resolved or there is no violation
     */
    public static ProfileResolution failed(Status status, List<Violation> violations) {
        if (Objects.requireNonNull(status, "status").isResolved()) {
            throw new IllegalArgumentException("a failed resolution cannot be " + status);
        }
        List<Violation> copy = List.copyOf(violations);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a failed resolution has at least one violation");
        }
        return new ProfileResolution(status, null, copy);
    }

    /**
     * Returns how the resolution ended.
     *
     * @return the status, not null
     */
    public Status status() {
        return status;
    }

    /**
     * Returns whether there is a profile.
     *
     * @return true if {@link #profile()} is present
     */
    public boolean isResolved() {
        return profile != null;
    }

    /**
     * Returns the profile.
     *
     * @return the profile, or empty when the resolution failed
     */
    public Optional<ProvinceProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * Returns why there is no profile.
     *
     * @return the violations, unmodifiable, empty when resolved, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ProfileResolution)) {
            return false;
        }
        ProfileResolution other = (ProfileResolution) obj;
        return status == other.status && Objects.equals(profile, other.profile) && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, profile, violations);
    }

    @Override
    public String toString() {
        return "ProfileResolution{" + status + (profile != null ? " " + profile.name() : " " + violations) + "}";
    }
}
