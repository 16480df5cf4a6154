package io.github.baozhang.reporting;

import io.github.baozhang.hierarchy.ReportingUnit;
import java.util.Objects;

/**
 * The notice to a trade union produced beside an upward report (横向的信息通报, 四(三)): the
 * federation of trade unions that is the sender's peer is told what the sender reports, when it
 * reports it.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class TradeUnionNotice {

    private final ReportingUnit tradeUnion;
    private final UpwardReport report;

    TradeUnionNotice(ReportingUnit tradeUnion, UpwardReport report) {
        this.tradeUnion = Objects.requireNonNull(tradeUnion, "tradeUnion");
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the trade union told.
     *
     * @return the unit, not null
     */
    public ReportingUnit tradeUnion() {
        return tradeUnion;
    }

    /**
     * Returns the sender, who tells the trade union.
     *
     * @return the unit, not null
     */
    public ReportingUnit from() {
        return report.from();
    }

    /**
     * Returns the upward report the notice accompanies; its content is what the union is told.
     *
     * @return the report, not null
     */
    public UpwardReport report() {
        return report;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof TradeUnionNotice)) {
            return false;
        }
        TradeUnionNotice o = (TradeUnionNotice) obj;
        return tradeUnion.equals(o.tradeUnion) && report.equals(o.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tradeUnion, report);
    }

    @Override
    public String toString() {
        return "notice to " + tradeUnion + " of " + report;
    }
}
