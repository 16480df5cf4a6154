package io.github.baozhang.funding;

import io.github.baozhang.enterprise.Affiliation;
import java.util.Objects;

/**
 * The category of an enterprise for funding: it decides who pays the fiscal share and who makes
 * up each gap (rules 3 and 5 of the funding rules).
 *
 * <table>
 *   <caption>Payers by category</caption>
 *   <tr><th>category</th><th>fiscal share paid by</th><th>enterprise gap</th><th>social gap</th><th>fiscal gap</th></tr>
 *   <tr><td>CENTRAL</td><td>FINANCE_CENTRAL</td><td>FINANCE_CENTRAL</td><td>FINANCE_CENTRAL</td><td>FINANCE_CENTRAL</td></tr>
 *   <tr><td>LOCAL</td><td>FINANCE_LOCAL</td><td>FINANCE_LOCAL</td><td>FINANCE_LOCAL</td><td>FINANCE_LOCAL</td></tr>
 *   <tr><td>SHOUGANG_EXTERNAL</td><td>FINANCE_LOCAL</td><td>SHOUGANG_HQ</td><td>FINANCE_LOCAL</td><td>FINANCE_LOCAL</td></tr>
 * </table>
 */
public enum FundingCategory {
    /** A central enterprise (中央直属企业): central finance pays the fiscal share and every gap. */
    CENTRAL,
    /** A local enterprise (地方企业): local finance pays the fiscal share and every gap. */
    LOCAL,
    /**
     * A Shougang external enterprise (首钢外埠企业): local, but Shougang headquarters makes up
     * the enterprise's own shortfall.
     */
    SHOUGANG_EXTERNAL;

    /**
     * Returns the category of an enterprise.
     *
     * @param affiliation  central or local, not null
     * @param shougangExternal  whether it is a Shougang external enterprise
     * @return the category, not null
     * @throws IllegalArgumentException if a Shougang external enterprise is declared central
     */
    public static FundingCategory of(Affiliation affiliation, boolean shougangExternal) {
        Objects.requireNonNull(affiliation, "affiliation");
        if (shougangExternal) {
            if (affiliation == Affiliation.CENTRAL) {
                throw new IllegalArgumentException("a Shougang external enterprise is local");
            }
            return SHOUGANG_EXTERNAL;
        }
        return affiliation == Affiliation.CENTRAL ? CENTRAL : LOCAL;
    }

    /**
     * Returns the primary payer of a share (rule 3): the enterprise, the local
     * unemployment-insurance pool, and central or local finance.
     *
     * @param source  the share, not null
     * @return the payer, not null
     */
    public Payer primaryPayer(FundingSource source) {
        switch (Objects.requireNonNull(source, "source")) {
            case ENTERPRISE:
                return Payer.ENTERPRISE;
            case SOCIAL:
                return Payer.UI_FUND_LOCAL;
            default:
                return this == CENTRAL ? Payer.FINANCE_CENTRAL : Payer.FINANCE_LOCAL;
        }
    }

    /**
     * Returns who makes up a gap in a share (rule 5).
     *
     * @param source  the share with a gap, not null
     * @return the backstop payer, not null
     */
    public Payer backstopPayer(FundingSource source) {
        Objects.requireNonNull(source, "source");
        switch (this) {
            case CENTRAL:
                return Payer.FINANCE_CENTRAL;
            case SHOUGANG_EXTERNAL:
                return source == FundingSource.ENTERPRISE ? Payer.SHOUGANG_HQ : Payer.FINANCE_LOCAL;
            default:
                return Payer.FINANCE_LOCAL;
        }
    }
}
