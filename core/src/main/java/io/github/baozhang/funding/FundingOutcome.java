package io.github.baozhang.funding;

import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ThreeThirds#evaluate} makes of one case: its result, or every violation that
 * kept it from being computed. Invalid input is an outcome, never an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingOutcome {

    private final String caseId;
    private final FundingResult result;
    private final List<Violation> violations;

    private FundingOutcome(String caseId, FundingResult result, List<Violation> violations) {
        this.caseId = caseId;
        this.result = result;
        this.violations = violations;
    }

    /**
     * Returns the outcome of a valid case.
     *
     * @param result  the result, not null
     * @return the outcome, not null
     */
    public static FundingOutcome funded(FundingResult result) {
        Objects.requireNonNull(result, "result");
        return new FundingOutcome(result.caseId(), result, List.of());
    }

    /**
     * Returns the outcome of a case that is not valid.
     *
     * @param caseId  the case's id, not null
     * @param violations  the violations, at least one, not null
     * @return the outcome, not null
     * @throws IllegalArgumentException if there is no violation
     */
    public static FundingOutcome rejected(String caseId, List<Violation> violations) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejected case has at least one violation");
        }
        return new FundingOutcome(caseId, null, List.copyOf(violations));
    }

    /**
     * Returns the id of the case.
     *
     * @return the id, not null
     */
    public String caseId() {
        return caseId;
    }

    /**
     * Returns whether the case was valid and funded.
     *
     * @return true if there is a result
     */
    public boolean isFunded() {
        return result != null;
    }

    /**
     * Returns the result.
     *
     * @return the result, not null
     * @throws NoSuchElementException if the case was rejected
     */
    public FundingResult result() {
        if (result == null) {
            throw new NoSuchElementException("case " + caseId + " was rejected");
        }
        return result;
    }

    /**
     * Returns the result if the case was valid.
     *
     * @return the result, or empty
     */
    public Optional<FundingResult> toOptional() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns the violations; empty when the case was funded.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FundingOutcome)) {
            return false;
        }
        FundingOutcome other = (FundingOutcome) obj;
        return caseId.equals(other.caseId) && Objects.equals(result, other.result)
                && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, result, violations);
    }

    @Override
    public String toString() {
        return result != null ? "Funded{" + result + "}" : "Rejected{" + caseId + " " + violations + "}";
    }
}
