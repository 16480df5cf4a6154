package io.github.baozhang.funding;

import io.github.baozhang.money.BasisPoints;
import java.util.Objects;

/**
 * The arrival rates (到位率) of a funding case in basis points (rule 7): each source's receipts
 * over its plan, and all receipts over the requirement; 10000 where the plan is zero; capped at
 * 1,000,000 (a hundred times the plan).
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class ArrivalRates {

    private final BasisPoints enterprise;
    private final BasisPoints social;
    private final BasisPoints fiscal;
    private final BasisPoints overall;

    private ArrivalRates(BasisPoints enterprise, BasisPoints social, BasisPoints fiscal, BasisPoints overall) {
        this.enterprise = enterprise;
        this.social = social;
        this.fiscal = fiscal;
        this.overall = overall;
    }

    /**
     * Returns the rates.
     *
     * @param enterprise  the enterprise share's rate, not null
     * @param social  the social share's rate, not null
     * @param fiscal  the fiscal share's rate, not null
     * @param overall  the rate of all receipts over the requirement, not null
     * @return the rates, not null
     */
    public static ArrivalRates of(BasisPoints enterprise, BasisPoints social, BasisPoints fiscal, BasisPoints overall) {
        return new ArrivalRates(Objects.requireNonNull(enterprise, "enterprise"), Objects.requireNonNull(social, "social"),
                Objects.requireNonNull(fiscal, "fiscal"), Objects.requireNonNull(overall, "overall"));
    }

    /**
     * Returns the enterprise share's arrival rate.
     *
     * @return the rate, not null
     */
    public BasisPoints enterprise() {
        return enterprise;
    }

    /**
     * Returns the social share's arrival rate.
     *
     * @return the rate, not null
     */
    public BasisPoints social() {
        return social;
    }

    /**
     * Returns the fiscal share's arrival rate.
     *
     * @return the rate, not null
     */
    public BasisPoints fiscal() {
        return fiscal;
    }

    /**
     * Returns the overall arrival rate: all receipts over the requirement.
     *
     * @return the rate, not null
     */
    public BasisPoints overall() {
        return overall;
    }

    /**
     * Returns the arrival rate of a source.
     *
     * @param source  the source, not null
     * @return the rate, not null
     */
    public BasisPoints get(FundingSource source) {
        switch (Objects.requireNonNull(source, "source")) {
            case ENTERPRISE:
                return enterprise;
            case SOCIAL:
                return social;
            default:
                return fiscal;
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ArrivalRates)) {
            return false;
        }
        ArrivalRates other = (ArrivalRates) obj;
        return enterprise.equals(other.enterprise) && social.equals(other.social)
                && fiscal.equals(other.fiscal) && overall.equals(other.overall);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterprise, social, fiscal, overall);
    }

    @Override
    public String toString() {
        return "ArrivalRates{enterprise=" + enterprise + ", social=" + social + ", fiscal=" + fiscal
                + ", overall=" + overall + "}";
    }
}
