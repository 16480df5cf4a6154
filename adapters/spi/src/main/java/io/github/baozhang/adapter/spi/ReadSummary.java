package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The count of one read: records read, accepted and rejected, and the rejections by code.
 * Always {@code read == accepted + rejected}: nothing is silently dropped.
 *
 * <p>A document rejected as a whole ({@link #documentViolations()} not empty) reads no record.
 * A record rejected for several reasons counts once in {@link #rejected()} and once under each
 * distinct code in {@link #rejectedByCode()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadSummary {

    private final long accepted;
    private final long rejected;
    private final Map<String, Long> rejectedByCode;
    private final List<Violation> documentViolations;

    private ReadSummary(long accepted, long rejected, Map<String, Long> rejectedByCode, List<Violation> documentViolations) {
        this.accepted = accepted;
        this.rejected = rejected;
        this.rejectedByCode = rejectedByCode;
        this.documentViolations = documentViolations;
    }

    /**
     * Returns a new counter for one read.
     *
     * @return the counter, not null
     */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * Returns the records read: accepted plus rejected.
     *
     * @return the count
     */
    public long read() {
        return accepted + rejected;
    }

    /**
     * Returns the records accepted.
     *
     * @return the count
     */
    public long accepted() {
        return accepted;
    }

    /**
     * Returns the records rejected.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Returns, for each code, the number of rejected records that carry it, ordered by code.
     *
     * @return the counts, unmodifiable, not null
     */
    public Map<String, Long> rejectedByCode() {
        return rejectedByCode;
    }

    /**
     * Returns the violations that rejected the document as a whole.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> documentViolations() {
        return documentViolations;
    }

    /**
     * Returns whether the document was rejected as a whole.
     *
     * @return true if so
     */
    public boolean isDocumentRejected() {
        return !documentViolations.isEmpty();
    }

    /**
     * Returns whether every record was accepted and the document as a whole too.
     *
     * @return true if nothing was rejected
     */
    public boolean isClean() {
        return rejected == 0 && documentViolations.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReadSummary)) {
            return false;
        }
        ReadSummary other = (ReadSummary) obj;
        return accepted == other.accepted && rejected == other.rejected
                && rejectedByCode.equals(other.rejectedByCode) && documentViolations.equals(other.documentViolations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accepted, rejected, rejectedByCode, documentViolations);
    }

    @Override
    public String toString() {
        return "ReadSummary{read=" + read() + ", accepted=" + accepted + ", rejected=" + rejected
                + ", byCode=" + rejectedByCode + (documentViolations.isEmpty() ? "" : ", document=" + documentViolations) + "}";
    }

    /**
     * Counts one read; readers keep one per read. Not thread-safe: a parallel reader keeps one
     * per thread and {@link #merge merges} them.
     */
    public static final class Counter {

        private long accepted;
        private long rejected;
        private final TreeMap<String, Long> byCode = new TreeMap<>();
        private final java.util.ArrayList<Violation> document = new java.util.ArrayList<>();

        Counter() {
        }

        /** Counts an accepted record. */
        public void accepted() {
            accepted++;
        }

        /**
         * Counts a rejected record under each distinct code it carries.
         *
         * @param record  the record, not null
         */
        public void rejected(RejectedRecord record) {
            rejected++;
            List<Violation> violations = record.violations();
            for (int i = 0; i < violations.size(); i++) { // no stream or iterator per record
                ProblemCode code = violations.get(i).code();
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = violations.get(j).code() == code;
                }
                if (!seen) {
                    byCode.merge(code.code(), 1L, Long::sum);
                }
            }
        }

        /**
         * Records a violation of the document as a whole.
         *
         * @param violation  the violation, not null
         */
        public void documentRejected(Violation violation) {
            document.add(Objects.requireNonNull(violation, "violation"));
        }

        /**
         * Adds another counter's counts to this one.
         *
         * @param other  the other counter, not null
         */
        public void merge(Counter other) {
            accepted += other.accepted;
            rejected += other.rejected;
            other.byCode.forEach((code, n) -> byCode.merge(code, n, Long::sum));
            document.addAll(other.document);
        }

        /**
         * Returns the summary of what was counted so far.
         *
         * @return the summary, not null
         */
        public ReadSummary toSummary() {
            return new ReadSummary(accepted, rejected, Collections.unmodifiableMap(new TreeMap<>(byCode)),
                    List.copyOf(document));
        }
    }
}
