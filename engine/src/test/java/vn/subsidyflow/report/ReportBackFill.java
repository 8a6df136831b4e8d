package vn.subsidyflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sets the report tally (V55, by month since V62) to exactly what the dossiers and the ledger say, by
 * the migration's own back-fill statements (as the bench's HistoryGenerator does), inside the
 * caller's transaction: rows inserted by a test then read as SupportSummary would have kept them.
 */
final class ReportBackFill {

    private ReportBackFill() {
    }

    static void settle(JdbcTemplate jdbc) {
        for (String table : new String[] {"report_tally_business", "report_tally"}) {
            jdbc.update("DELETE FROM " + table);
        }
        run(jdbc, "V62__report_tally_by_month.sql");
    }

    private static void run(JdbcTemplate jdbc, String migration) {
        try (InputStream in = ReportBackFill.class.getResourceAsStream("/db/migration/" + migration)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String statement : sql.substring(sql.indexOf("-- Back-fill")).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.update(statement.trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(migration, e);
        }
    }
}
