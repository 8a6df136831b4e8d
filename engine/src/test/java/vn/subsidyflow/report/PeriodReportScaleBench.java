package vn.subsidyflow.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.database.MapperSlice;
import vn.subsidyflow.database.Rows;

/**
 * Not a test (no assertion on time, and outside surefire's *Tests pattern): fills 200 000 supported
 * dossiers of 60 000 businesses over five years, settles the tally with its migration's back-fill,
 * then prints how long the whole-year report takes from the tally, how long date periods take counted
 * exactly and from the tally and their edges, and the public disclosure's first page and total. Rolled back.
 * Run: {@code ./mvnw -B -q -pl engine -am test -Dtest=PeriodReportScaleBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(classes = MapperSlice.class)
@Transactional
class PeriodReportScaleBench {

    private static final int DOSSIERS = 200_000;
    private static final int BUSINESSES = 60_000;

    @Autowired
    PeriodReportMapper mapper;
    @Autowired
    DisclosureMapper disclosures;
    @Autowired
    Rows rows;

    @Test
    void printWholeYearReportTimes() throws Exception {
        var jdbc = rows.jdbc();
        long policy = rows.examplePolicy();
        long t0 = System.nanoTime();
        jdbc.update("INSERT INTO organisation (tax_code, name, organisation_type, address) SELECT CONCAT('8', LPAD(seq, 9, '0')),"
                + " CONCAT('Bench ', seq), 'ENTERPRISE', 'Hà Tĩnh' FROM seq_1_to_" + BUSINESSES);
        long firstOrg = jdbc.queryForObject("SELECT MIN(id) FROM organisation WHERE tax_code LIKE '8%' AND name LIKE 'Bench %'",
                Long.class);
        jdbc.update("CREATE TEMPORARY TABLE bench_item AS SELECT (ROW_NUMBER() OVER (ORDER BY id)) - 1 AS n, id, code, category"
                + " FROM support_item WHERE policy_version_id = ?", policy);
        int items = jdbc.queryForObject("SELECT COUNT(*) FROM bench_item", Integer.class);
        jdbc.update("INSERT INTO application (organisation_id, support_item_id, policy_version_id, support_item_code, category, title,"
                + " eligible_cost_vnd, max_support_vnd, approved_amount_vnd, paid_amount_vnd, status, fiscal_year, decision_date,"
                + " created_by)"
                + " SELECT ? + MOD(s.seq * 7919, ?), i.id, ?, i.code, i.category, 'bench', 100000000, 50000000, 30000000,"
                + " CASE WHEN MOD(s.seq, 3) = 0 THEN 30000000 ELSE 0 END,"
                + " CASE MOD(s.seq, 3) WHEN 0 THEN 'PAID' WHEN 1 THEN 'APPROVED' ELSE 'AWAITING_PAYMENT' END,"
                + " YEAR(DATE_ADD('2031-01-01', INTERVAL MOD(s.seq, 1825) DAY)), DATE_ADD('2031-01-01', INTERVAL MOD(s.seq, 1825) DAY),"
                + " 'bench' FROM seq_1_to_" + DOSSIERS + " s JOIN bench_item i ON i.n = MOD(s.seq, ?)", firstOrg, BUSINESSES, policy, items);
        // No ledger entries: in one (rolled-back) transaction MariaDB 11.4 refuses a bulk INSERT … SELECT into
        // ledger_entry, empty when it began. The dossier-side check still looks up each dossier's entries.
        long filled = System.nanoTime();
        for (String table : List.of("report_tally_business", "report_tally")) {
            jdbc.update("DELETE FROM " + table);
        }
        backFill("V62__report_tally_by_month.sql", "-- Back-fill");
        long tally = System.nanoTime();
        System.out.printf("BENCH filled %d dossiers in %d ms; V62 back-fill %d ms; tally rows %d, per-business"
                        + " rows %d%n", DOSSIERS, (filled - t0) / 1_000_000, (tally - filled) / 1_000_000,
                jdbc.queryForObject("SELECT COUNT(*) FROM report_tally", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM report_tally_business", Long.class));

        PeriodReports reports = new PeriodReports(mapper);
        for (int[] years : new int[][] {{2034, 2034}, {2031, 2035}}) {
            LocalDate from = LocalDate.of(years[0], 1, 1);
            LocalDate to = LocalDate.of(years[1], 12, 31);
            PeriodReport now = reports.years(years[0], years[1]);
            PeriodReport exact = reports.exact(from, to);
            System.out.printf("BENCH %d-%d equal to exact: %s (businesses %d, dossiers %d)%n", years[0], years[1], now.equals(exact),
                    now.businesses(), now.dossiers());
            report("from the tally", years, () -> reports.years(years[0], years[1]));
        }
        for (String[] period : new String[][] {{"2031-07-01", "2035-06-30"}, {"2031-07-15", "2035-06-14"}, {"2031-01-01", "2036-06-01"},
                {"2033-02-01", "2033-11-30"}, {"2031-01-02", "2035-12-30"}}) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            int[] years = {from.getYear(), to.getYear()};
            PeriodReport split = reports.period(from, to);
            System.out.printf("BENCH %s – %s split equal to exact: %s (businesses %d, dossiers %d)%n", from, to,
                    split.equals(reports.exact(from, to)), split.businesses(), split.dossiers());
            ReportFilter f = ReportFilter.NONE;
            report(from + " – " + to + " before (exact, correlated ledger)", years, () -> List.of(mapper.rows(from, to, f),
                    mapper.total(from, to, f), mapper.byCategory(from, to, f), mapper.bySupportItem(from, to, f),
                    mapper.byPolicyVersion(from, to, f), correlatedLedger(from, to)));
            report(from + " – " + to + " exact (ledger joined)", years, () -> reports.exact(from, to));
            report(from + " – " + to + " after (tally + edges)", years, () -> reports.period(from, to));
        }
        LocalDate from = LocalDate.of(2034, 1, 1);
        LocalDate to = LocalDate.of(2034, 12, 31);
        report("disclosure count", new int[] {2034, 2034}, () -> disclosures.countDecided(from, to, null));
        report("disclosure first page", new int[] {2034, 2034}, () -> disclosures.decided(from, to, null, 0, 50));
        report("disclosure page 100", new int[] {2034, 2034}, () -> disclosures.decided(from, to, null, 5000, 50));
        for (var plan : jdbc.queryForList("EXPLAIN SELECT a.id, a.decision_date FROM application a FORCE INDEX (ix_application_report)"
                + " WHERE a.decision_date BETWEEN '2034-01-01' AND '2034-12-31' AND a.status IN ('APPROVED', 'WAITLISTED',"
                + " 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID') ORDER BY a.decision_date, a.id LIMIT 50")) {
            System.out.println("BENCH disclosure page plan " + plan);
        }
    }

    /** The ledger check as it was read before: two correlated subqueries per dossier. */
    private Object correlatedLedger(LocalDate from, LocalDate to) {
        return rows.jdbc().queryForList("SELECT COALESCE(SUM(a.paid_amount_vnd), 0),"
                + " COALESCE(SUM((SELECT SUM(l.amount_vnd) FROM ledger_entry l WHERE l.application_id = a.id"
                + " AND l.entry_type = 'DISBURSE')), 0), COALESCE(SUM((SELECT SUM(l.amount_vnd) FROM ledger_entry l"
                + " WHERE l.application_id = a.id AND l.entry_type = 'CLAWBACK')), 0)"
                + " FROM application a FORCE INDEX (ix_application_report) WHERE a.decision_date BETWEEN ? AND ?"
                + " AND a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')", from, to);
    }

    private void report(String what, int[] years, Supplier<Object> read) {
        read.get();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH %d-%d %s: median %.1f ms, max %.1f ms%n", years[0], years[1], what, ms[2] / 1000.0, ms[4] / 1000.0);
    }

    /** The statements of a migration after its marker line, as the bench's HistoryGenerator runs them. */
    private void backFill(String migration, String marker) throws Exception {
        try (var in = getClass().getResourceAsStream("/db/migration/" + migration)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String s : sql.substring(sql.indexOf(marker)).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!s.isBlank()) {
                    statements.add(s.trim());
                }
            }
            statements.forEach(rows.jdbc()::update);
        }
    }
}
