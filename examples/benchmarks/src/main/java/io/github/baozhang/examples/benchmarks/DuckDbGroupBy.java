package io.github.baozhang.examples.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * DuckDB in-process over JDBC, the tool a data engineer would reach for: the same GROUP BY by
 * province and enterprise with the same sums and counts, and no validation at all (no check
 * characters, no codes; a row of another period is only filtered out).
 */
public final class DuckDbGroupBy {

    private DuckDbGroupBy() {
    }

    /**
     * Runs the query.
     *
     * @param file  the national worker-row CSV
     * @param period  the period
     * @param payDate  the pay date
     * @param threads  DuckDB's threads
     * @return groups, then the national rows, paid in full, on time and four sums
     * @throws SQLException if DuckDB fails
     */
    public static long[] run(Path file, YearMonth period, LocalDate payDate, int threads) throws SQLException {
        String sql = "SELECT province_code, enterprise_code, count(*) AS n,"
                + " count(*) FILTER (WHERE allowance_paid_fen >= allowance_due_fen"
                + "   AND contributions_paid_fen >= contributions_due_fen) AS in_full,"
                + " count(*) FILTER (WHERE (allowance_due_fen = 0 AND contributions_due_fen = 0)"
                + "   OR paid_date <= DATE '" + payDate + "') AS on_time,"
                + " sum(allowance_due_fen) AS ad, sum(allowance_paid_fen) AS ap,"
                + " sum(contributions_due_fen) AS cd, sum(contributions_paid_fen) AS cp"
                + " FROM read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true,"
                + " columns = {'period': 'VARCHAR', 'province_code': 'VARCHAR', 'city_code': 'VARCHAR',"
                + " 'enterprise_code': 'VARCHAR', 'worker_id': 'VARCHAR', 'allowance_due_fen': 'BIGINT',"
                + " 'allowance_paid_fen': 'BIGINT', 'contributions_due_fen': 'BIGINT',"
                + " 'contributions_paid_fen': 'BIGINT', 'paid_date': 'DATE'})"
                + " WHERE period = '" + period + "'"
                + " GROUP BY province_code, enterprise_code";
        long[] out = new long[8];
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out[0]++;
                    for (int i = 0; i < 7; i++) {
                        out[i + 1] = Math.addExact(out[i + 1], rs.getLong(3 + i));
                    }
                }
            }
        }
        return out;
    }
}
