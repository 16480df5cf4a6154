package io.github.baozhang.disbursement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A worker's leaving the centre: the day and the reason; for {@link ExitReason#OTHER}, the
 * province's own code for the reason.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class CentreExit {

    private final LocalDate on;
    private final ExitReason reason;
    private final String otherCode;

    private CentreExit(LocalDate on, ExitReason reason, String otherCode) {
        this.on = on;
        this.reason = reason;
        this.otherCode = otherCode;
    }

    /**
     * Returns an exit for one of the listed reasons.
     *
     * @param on  the first day out of the centre, not null
     * @param reason  the reason, not {@link ExitReason#OTHER}, not null
     * @return the exit, not null
     * @throws IllegalArgumentException if the reason is {@code OTHER}: use {@link #other}
     */
    public static CentreExit of(LocalDate on, ExitReason reason) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
        if (reason == ExitReason.OTHER) {
            throw new IllegalArgumentException("an exit for another reason carries the province's code: use other()");
        }
        return new CentreExit(on, reason, null);
    }

    /**
     * Returns an exit for a reason a province lists under its own code.
     *
     * @param on  the first day out of the centre, not null
     * @param code  the province's code for the reason, not blank, not null
     * @return the exit, with reason {@link ExitReason#OTHER}, not null
     * @throws IllegalArgumentException if the code is blank
     */
    public static CentreExit other(LocalDate on, String code) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("the code of another reason must not be blank");
        }
        return new CentreExit(on, ExitReason.OTHER, code);
    }

    /**
     * Returns the first day the worker is out of the centre.
     *
     * @return the date, not null
     */
    public LocalDate on() {
        return on;
    }

    /**
     * Returns the reason.
     *
     * @return the reason, not null
     */
    public ExitReason reason() {
        return reason;
    }

    /**
     * Returns the province's code for a reason of {@link ExitReason#OTHER}.
     *
     * @return the code, present exactly when the reason is {@code OTHER}
     */
    public Optional<String> otherCode() {
        return Optional.ofNullable(otherCode);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CentreExit)) {
            return false;
        }
        CentreExit other = (CentreExit) obj;
        return on.equals(other.on) && reason == other.reason && Objects.equals(otherCode, other.otherCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(on, reason, otherCode);
    }

    /**
     * Returns the date and reason, such as {@code CentreExit[2000-03-01 RE_EMPLOYED]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CentreExit[" + on + " " + reason + (otherCode == null ? "" : " " + otherCode) + "]";
    }
}
