package io.github.baozhang.funding;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One amount for each of the three sources: enterprise, social and fiscal — a plan, the
 * receipts, the gaps or the excesses of a funding case.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class SourceAmounts {

    private static final SourceAmounts ZERO = new SourceAmounts(Money.zero(), Money.zero(), Money.zero());

    private final Money enterprise;
    private final Money social;
    private final Money fiscal;

    private SourceAmounts(Money enterprise, Money social, Money fiscal) {
        this.enterprise = enterprise;
        this.social = social;
        this.fiscal = fiscal;
    }

    /**
     * Returns the three amounts.
     *
     * @param enterprise  the enterprise amount, not null
     * @param social  the social amount, not null
     * @param fiscal  the fiscal amount, not null
     * @return the amounts, not null
     */
    public static SourceAmounts of(Money enterprise, Money social, Money fiscal) {
        return new SourceAmounts(Objects.requireNonNull(enterprise, "enterprise"),
                Objects.requireNonNull(social, "social"), Objects.requireNonNull(fiscal, "fiscal"));
    }

    /**
     * Returns the three amounts in fen.
     *
     * @param enterpriseFen  the enterprise amount
     * @param socialFen  the social amount
     * @param fiscalFen  the fiscal amount
     * @return the amounts, not null
     */
    public static SourceAmounts ofFen(long enterpriseFen, long socialFen, long fiscalFen) {
        return of(Money.ofFen(enterpriseFen), Money.ofFen(socialFen), Money.ofFen(fiscalFen));
    }

    /**
     * Returns zero for every source.
     *
     * @return the amounts, not null
     */
    public static SourceAmounts zero() {
        return ZERO;
    }

    /**
     * Returns the enterprise amount.
     *
     * @return the amount, not null
     */
    public Money enterprise() {
        return enterprise;
    }

    /**
     * Returns the social amount.
     *
     * @return the amount, not null
     */
    public Money social() {
        return social;
    }

    /**
     * Returns the fiscal amount.
     *
     * @return the amount, not null
     */
    public Money fiscal() {
        return fiscal;
    }

    /**
     * Returns the amount of a source.
     *
     * @param source  the source, not null
     * @return the amount, not null
     */
    public Money get(FundingSource source) {
        switch (Objects.requireNonNull(source, "source")) {
            case ENTERPRISE:
                return enterprise;
            case SOCIAL:
                return social;
            default:
                return fiscal;
        }
    }

    /**
     * Returns the sum of the three amounts.
     *
     * @return the total, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range of fen
     */
    public Money total() {
        return enterprise.plus(social).plus(fiscal);
    }

    /**
     * Returns the exact sum of the three amounts, which may exceed the {@code long} range.
     *
     * @return the total in fen, not null
     */
    public BigInteger exactTotalFen() {
        return BigInteger.valueOf(enterprise.fen())
                .add(BigInteger.valueOf(social.fen()))
                .add(BigInteger.valueOf(fiscal.fen()));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SourceAmounts)) {
            return false;
        }
        SourceAmounts other = (SourceAmounts) obj;
        return enterprise.equals(other.enterprise) && social.equals(other.social) && fiscal.equals(other.fiscal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterprise, social, fiscal);
    }

    @Override
    public String toString() {
        return "{enterprise=" + enterprise + ", social=" + social + ", fiscal=" + fiscal + "}";
    }
}
