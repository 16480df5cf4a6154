package io.github.baozhang.disbursement;

/**
 * What a worker whose agreement expired draws next: unemployment insurance (失业保险金), for at
 * most 12, 18 or 24 months by years of contribution — the national rule of the Regulations on
 * Unemployment Insurance (《失业保险条例》, 1999, article 17): at least 1 and under 5 years, at
 * most 12 months; 5 and under 10 years, at most 18 months; 10 years or more, at most 24 months.
 * Under one year of contribution gives no benefit. The years are whole years (a caller counting
 * months divides by 12, rounding down). After unemployment insurance comes the minimum living
 * standard (低保).
 *
 * <p>This class is a stateless utility.
 */
public final class UnemploymentInsurance {

    private UnemploymentInsurance() {
    }

    /**
     * Returns the longest time a worker draws unemployment benefit.
     *
     * @param contributionYears  whole years of contribution, zero or more
     * @return 0, 12, 18 or 24 months
     * @throws IllegalArgumentException if the years are negative
     */
    public static int benefitMonths(int contributionYears) {
        if (contributionYears < 0) {
            throw new IllegalArgumentException("years of contribution must be zero or more: " + contributionYears);
        }
        if (contributionYears < 1) {
            return 0;
        }
        if (contributionYears < 5) {
            return 12;
        }
        return contributionYears < 10 ? 18 : 24;
    }
}
