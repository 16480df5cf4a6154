package io.github.baozhang.adapter.json;

import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code baozhang/funding-results@1} document as a value: a result for every valid case in
 * input order, and a {@link Rejection} for every case that is not valid. Built by
 * {@link InterchangeJson#fund(java.util.List)}; written by the funding results sink.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingResultsDocument {

    private final List<FundingResult> results;
    private final List<Rejection> rejected;

    private FundingResultsDocument(List<FundingResult> results, List<Rejection> rejected) {
        this.results = results;
        this.rejected = rejected;
    }

    /**
     * Returns the document.
     *
     * @param results  the results of the valid cases in input order, not null, no null element
     * @param rejected  the rejected cases in input order, not null, no null element
     * @return the document, not null
     */
    public static FundingResultsDocument of(List<FundingResult> results, List<Rejection> rejected) {
        return new FundingResultsDocument(List.copyOf(results), List.copyOf(rejected));
    }

    /**
     * Returns the results of the valid cases in input order.
     *
     * @return the results, unmodifiable, not null
     */
    public List<FundingResult> results() {
        return results;
    }

    /**
     * Returns the rejected cases in input order.
     *
     * @return the rejections, unmodifiable, not null
     */
    public List<Rejection> rejected() {
        return rejected;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FundingResultsDocument)) {
            return false;
        }
        FundingResultsDocument other = (FundingResultsDocument) obj;
        return results.equals(other.results) && rejected.equals(other.rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, rejected);
    }

    @Override
    public String toString() {
        return "FundingResultsDocument[" + results.size() + " results, " + rejected.size() + " rejected]";
    }

    /**
     * A case that is not valid: its id when it had one, its position in {@code cases}, and every
     * violation found in it — an element of {@code rejected[]}.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Rejection {

        private final String id;
        private final long index;
        private final List<Violation> violations;

        private Rejection(String id, long index, List<Violation> violations) {
            this.id = id;
            this.index = index;
            this.violations = violations;
        }

        /**
         * Returns a rejection.
         *
         * @param id  the case's id, or empty when the case had no string id, not null
         * @param index  the position in {@code cases}, zero or more
         * @param violations  why, at least one, not null
         * @return the rejection, not null
         * @throws IllegalArgumentException if the index is negative or there is no violation
         */
        public static Rejection of(Optional<String> id, long index, List<Violation> violations) {
            Objects.requireNonNull(id, "id");
            List<Violation> copy = List.copyOf(violations);
            if (index < 0) {
                throw new IllegalArgumentException("index must be zero or more: " + index);
            }
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("a rejected case has at least one violation");
            }
            return new Rejection(id.orElse(null), index, copy);
        }

        /**
         * Returns the case's id.
         *
         * @return the id, or empty when the case had no string id
         */
        public Optional<String> id() {
            return Optional.ofNullable(id);
        }

        /**
         * Returns the position of the case in {@code cases}.
         *
         * @return the index, zero or more
         */
        public long index() {
            return index;
        }

        /**
         * Returns every violation found in the case.
         *
         * @return the violations, at least one, unmodifiable, not null
         */
        public List<Violation> violations() {
            return violations;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Rejection)) {
                return false;
            }
            Rejection other = (Rejection) obj;
            return Objects.equals(id, other.id) && index == other.index && violations.equals(other.violations);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, index, violations);
        }

        @Override
        public String toString() {
            return "Rejection{" + index + (id == null ? "" : " " + id) + " " + violations + "}";
        }
    }
}
