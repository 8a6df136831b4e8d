package vn.subsidyflow.web.report;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.subsidyflow.web.support.TaxCodes;

/**
 * A decided history in two years nobody has decided in yet (chosen at random among 2030–2089, which
 * the API accepts and no other test decides in; a database kept between runs never mixes two runs): two closed policy versions sharing the item code RPT_ISO, one item
 * of its own each, eight businesses, dossiers supported or not, some carried into the next fiscal
 * year, a consistent ledger (ALLOCATE, COMMIT, DISBURSE, one CLAWBACK, balances and programme totals
 * that reconcile, so the ledger's health check stays up for the tests after) and the
 * report tally settled by V62's own statements for these years. The tests count from
 * {@link #dossiers} themselves, independently of the report's SQL.
 */
final class ReportHistory {

    static final List<String> SUPPORTED = List.of("APPROVED", "WAITLISTED", "AWAITING_COMPLETION", "AWAITING_PAYMENT", "PAID");

    record Business(long id, String name, String taxCode, String email) {
    }

    record Dossier(long id, Business business, long versionId, String itemCode, String category, String status,
                   LocalDate decidedOn, int fiscalYear, Long approvedVnd, long paidVnd, String decisionNumber,
                   long eligibleCostVnd) {

        boolean supported() {
            return SUPPORTED.contains(status);
        }
    }

    final int year;
    final long olderVersion;
    final long newerVersion;
    final String newerCode;
    final List<Business> businesses = new ArrayList<>();
    final List<Dossier> dossiers = new ArrayList<>();
    long clawedBackVnd;

    private final JdbcTemplate jdbc;

    private ReportHistory(JdbcTemplate jdbc, int year, long olderVersion, long newerVersion, String newerCode) {
        this.jdbc = jdbc;
        this.year = year;
        this.olderVersion = olderVersion;
        this.newerVersion = newerVersion;
        this.newerCode = newerCode;
    }

    static ReportHistory insert(JdbcTemplate jdbc) {
        Random random = new Random();
        int year = freeYears(jdbc, random);
        String tag = Integer.toString(year) + "-" + Integer.toHexString(random.nextInt());
        long older = insert(jdbc, "INSERT INTO policy_version (code, title, citation, effective_from, effective_to, status, "
                        + "total_vnd, allocated_vnd, example) VALUES (?, ?, 'Báo cáo thử', ?, ?, 'CLOSED', 1000000000000, 1000000000000, TRUE)",
                "RPT-OLD-" + tag, "Chính sách cũ " + tag, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
        String newerCode = "RPT-NEW-" + tag;
        // No budget line of its own: nothing allocated, or the programme would not reconcile with its lines.
        long newer = insert(jdbc, "INSERT INTO policy_version (code, title, citation, effective_from, effective_to, status, "
                        + "total_vnd, allocated_vnd, example) VALUES (?, ?, 'Báo cáo thử', ?, ?, 'CLOSED', 1000000000000, 0, TRUE)",
                newerCode, "Chính sách mới " + tag, LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 12, 31));
        ReportHistory history = new ReportHistory(jdbc, year, older, newer, newerCode);
        history.item(older, "RPT_ISO", "MANAGEMENT_SYSTEM", "Áp dụng ISO (cũ)", "Adopting ISO (old)", 30, 30_000_000L);
        history.item(older, "RPT_TM", "INTELLECTUAL_PROPERTY", "Đăng ký nhãn hiệu", "Registering a trademark", 50, 15_000_000L);
        history.item(newer, "RPT_ISO", "MANAGEMENT_SYSTEM", "Áp dụng hệ thống quản lý ISO", "Adopting an ISO management system",
                50, 50_000_000L);
        history.item(newer, "RPT_TCVN", "CONFORMITY_CERTIFICATION", "Chứng nhận hợp chuẩn", "Conformity certification", 40,
                20_000_000L);
        for (int i = 0; i < 8; i++) {
            String taxCode = TaxCodes.fresh();
            String name = "Công ty Báo cáo " + (char) ('A' + i) + " " + tag;
            String email = "lienhe" + taxCode + "@example.vn";
            long id = insert(jdbc, "INSERT INTO organisation (tax_code, name, organisation_type, address, email, phone) "
                    + "VALUES (?, ?, 'ENTERPRISE', 'Hà Tĩnh', ?, '0912345678')", taxCode, name, email);
            history.businesses.add(new Business(id, name, taxCode, email));
        }
        long line = insert(jdbc, "INSERT INTO budget_line (policy_version_id, fiscal_year, category, allocated_vnd) "
                + "VALUES (?, ?, 'MANAGEMENT_SYSTEM', 1000000000000)", older, year);
        history.entry(line, "ALLOCATE", 1_000_000_000_000L, null);
        String[] statuses = {"PAID", "PAID", "APPROVED", "AWAITING_PAYMENT", "WAITLISTED", "REJECTED", "WITHDRAWN", "PAID"};
        for (int i = 0; i < 40; i++) {
            Business business = history.businesses.get(random.nextInt(history.businesses.size()));
            boolean olderVersion = random.nextBoolean();
            String itemCode = olderVersion ? (random.nextBoolean() ? "RPT_ISO" : "RPT_TM") : (random.nextBoolean() ? "RPT_ISO" : "RPT_TCVN");
            String category = switch (itemCode) {
                case "RPT_ISO" -> "MANAGEMENT_SYSTEM";
                case "RPT_TM" -> "INTELLECTUAL_PROPERTY";
                default -> "CONFORMITY_CERTIFICATION";
            };
            String status = statuses[random.nextInt(statuses.length)];
            boolean decided = !status.equals("WITHDRAWN");
            LocalDate decidedOn = decided ? LocalDate.of(year + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
            int fiscalYear = decidedOn == null ? year : decidedOn.getYear() + (random.nextInt(5) == 0 ? 1 : 0);
            boolean supported = SUPPORTED.contains(status);
            Long approved = supported ? 1_000_000L * (5 + random.nextInt(40)) : null;
            long paid = status.equals("PAID") ? approved : 0;
            long eligibleCost = 1_000_000L * (20 + random.nextInt(200));
            long version = olderVersion ? older : newer;
            long item = jdbc.queryForObject("SELECT id FROM support_item WHERE policy_version_id = ? AND code = ?", Long.class,
                    version, itemCode);
            long id = insert(jdbc, "INSERT INTO application (organisation_id, support_item_id, policy_version_id, support_item_code, "
                            + "category, title, eligible_cost_vnd, max_support_vnd, approved_amount_vnd, paid_amount_vnd, status, "
                            + "fiscal_year, decision_date, created_by, submitted_at) "
                            + "VALUES (?, ?, ?, ?, ?, 'Hồ sơ báo cáo', ?, ?, ?, ?, ?, ?, ?, 'applicant1', ?)",
                    business.id(), item, version, itemCode, category, eligibleCost, eligibleCost / 2, approved, paid, status,
                    decided ? fiscalYear : null, decidedOn, LocalDate.of(year, 1, 1).atStartOfDay());
            String number = decided ? id + "/QĐ-RPT" : null;
            if (decided) {
                jdbc.update("UPDATE application SET decision_number = ? WHERE id = ?", number, id);
            }
            history.dossiers.add(new Dossier(id, business, version, itemCode, category, status, decidedOn,
                    fiscalYear, approved, paid, number, eligibleCost));
            if (supported) {
                history.entry(line, "COMMIT", approved, id);
                if (paid > 0) {
                    history.entry(line, "DISBURSE", paid, id);
                }
            }
        }
        Dossier clawedBack = history.dossiers.stream().filter(d -> d.paidVnd() > 0).findFirst().orElseThrow();
        history.clawedBackVnd = 1_000_000L;
        history.entry(line, "CLAWBACK", history.clawedBackVnd, clawedBack.id());
        long approvedAll = history.dossiers.stream().filter(Dossier::supported).mapToLong(Dossier::approvedVnd).sum();
        long paidAll = history.dossiers.stream().mapToLong(Dossier::paidVnd).sum();
        jdbc.update("UPDATE budget_line SET committed_vnd = ?, disbursed_vnd = ? WHERE id = ?", approvedAll - paidAll,
                paidAll - history.clawedBackVnd, line);
        history.settleTally();
        return history;
    }

    private static int freeYears(JdbcTemplate jdbc, Random random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int year = 2030 + random.nextInt(59);
            Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM report_tally WHERE decision_month BETWEEN ? AND ?",
                    Integer.class, year * 100 + 1, (year + 1) * 100 + 12);
            Integer decided = jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE decision_date BETWEEN ? AND ?",
                    Integer.class, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
            if (used == 0 && decided == 0) {
                return year;
            }
        }
        throw new IllegalStateException("No two free years left between 2030 and 2089 in this test database: ./mvnw clean");
    }

    /** V62's back-fill (the tally by month), for these years only (their businesses are the history's own, decided in no other year). */
    private void settleTally() {
        String supported = "a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID') "
                + "AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL AND YEAR(a.decision_date) BETWEEN ? AND ?";
        String groups = " CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1"
                + " UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1 UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1"
                + " UNION ALL SELECT 'FISCAL', 1) g ";
        String category = "CASE WHEN g.in_category = 1 THEN a.category ELSE '' END";
        String key = "CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)"
                + " WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END";
        String month = "YEAR(a.decision_date) * 100 + MONTH(a.decision_date)";
        jdbc.update("INSERT INTO report_tally_business (organisation_id, grouped_by, category, group_key, decision_month, dossiers)"
                + " SELECT a.organisation_id, g.grouped_by, " + category + ", " + key + ", " + month + ", COUNT(*)"
                + " FROM application a" + groups + "WHERE " + supported + " GROUP BY 1, 2, 3, 4, 5", year, year + 1);
        jdbc.update("INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, dossiers,"
                + " approved_vnd, paid_vnd, disbursed_vnd, clawed_back_vnd)"
                + " SELECT g.grouped_by, " + category + ", " + key + ", " + month + ", -1, COUNT(*),"
                + " COALESCE(SUM(a.approved_amount_vnd), 0), COALESCE(SUM(a.paid_amount_vnd), 0), COALESCE(SUM(l.disbursed), 0),"
                + " COALESCE(SUM(l.clawed_back), 0) FROM application a LEFT JOIN (SELECT application_id,"
                + " SUM(CASE WHEN entry_type = 'DISBURSE' THEN amount_vnd ELSE 0 END) AS disbursed,"
                + " SUM(CASE WHEN entry_type = 'CLAWBACK' THEN amount_vnd ELSE 0 END) AS clawed_back"
                + " FROM ledger_entry WHERE application_id IS NOT NULL GROUP BY application_id) l ON l.application_id = a.id"
                + groups + "WHERE " + supported + " GROUP BY 1, 2, 3, 4", year, year + 1);
        jdbc.update("INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, businesses)"
                + " SELECT grouped_by, category, group_key, decision_month, previous_month, COUNT(*)"
                + " FROM (SELECT grouped_by, category, group_key, decision_month, COALESCE(LAG(decision_month) OVER"
                + " (PARTITION BY organisation_id, grouped_by, category, group_key ORDER BY decision_month), 0) AS previous_month"
                + " FROM report_tally_business WHERE decision_month BETWEEN ? AND ?) b GROUP BY 1, 2, 3, 4, 5",
                year * 100 + 1, (year + 1) * 100 + 12);
    }

    private void item(long version, String code, String category, String nameVi, String nameEn, int ratePct, long capVnd) {
        insert(jdbc, "INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit, "
                        + "frequency_limit, required_documents, completion_documents, legal_citation, example) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PER_APPLICATION', 0, 'APPLICATION_FORM', 'CERTIFICATE', 'Báo cáo thử', TRUE)",
                version, code, category, nameVi, nameEn, ratePct, capVnd);
    }

    private void entry(long line, String type, long amount, Long application) {
        insert(jdbc, "INSERT INTO ledger_entry (line_id, entry_type, amount_vnd, application_id, actor, idempotency_key) "
                + "VALUES (?, ?, ?, ?, 'report-test', ?)", line, type, amount, application, "report-test:" + java.util.UUID.randomUUID());
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
