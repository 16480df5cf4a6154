package io.github.baozhang.hierarchy;

import java.util.Objects;
import java.util.Optional;

/**
 * One upward step of an enterprise's reporting: the unit that reports, the unit it reports to,
 * and the trade union told beside it (横向的信息通报, 四(三)) when the sender is a labour
 * department that has one.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class ReportingStep {

    private final ReportingUnit from;
    private final ReportingUnit to;
    private final ReportingUnit tradeUnion;

    private ReportingStep(ReportingUnit from, ReportingUnit to, ReportingUnit tradeUnion) {
        this.from = from;
        this.to = to;
        this.tradeUnion = tradeUnion;
    }

    /**
     * Returns a step.
     *
     * @param from  the unit that reports, not null
     * @param to  the unit it reports to, not null
     * @param tradeUnion  the trade union told beside the report, or empty, not null
     * @return the step, not null
     */
    public static ReportingStep of(ReportingUnit from, ReportingUnit to, Optional<ReportingUnit> tradeUnion) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(tradeUnion, "tradeUnion");
        return new ReportingStep(from, to, tradeUnion.orElse(null));
    }

    /**
     * Returns the unit that reports.
     *
     * @return the sender, not null
     */
    public ReportingUnit from() {
        return from;
    }

    /**
     * Returns the unit reported to.
     *
     * @return the receiver, not null
     */
    public ReportingUnit to() {
        return to;
    }

    /**
     * Returns the trade union told beside the report.
     *
     * @return the trade union, or empty when none is told
     */
    public Optional<ReportingUnit> tradeUnion() {
        return Optional.ofNullable(tradeUnion);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReportingStep)) {
            return false;
        }
        ReportingStep other = (ReportingStep) obj;
        return from.equals(other.from) && to.equals(other.to) && Objects.equals(tradeUnion, other.tradeUnion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, tradeUnion);
    }

    /**
     * Returns the step such as {@code ReportingStep{CITY 210300 -> PROVINCE 210000, told TRADE_UNION 210300}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReportingStep{" + from.kind() + " " + from.code() + " -> " + to.kind() + " " + to.code()
                + (tradeUnion == null ? "" : ", told " + tradeUnion.kind() + " " + tradeUnion.code()) + "}";
    }
}
