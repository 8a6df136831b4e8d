package vn.subsidyflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import vn.subsidyflow.workflow.StepOutcome;

/**
 * Bulk-loads a closed history straight into the business tables with batched multi-row INSERTs
 * (Connector/J rewriteBatchedStatements): dossiers over several fiscal years and every category,
 * their audit events, ledger entries (COMMIT and DISBURSE per paid dossier, one ALLOCATE per line)
 * and payments; then sets each line's balances to exactly what its entries say, so reconciliation
 * holds. No process instances: finished instances are what Flowable's history cleaning removes.
 */
final class HistoryGenerator {

    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;
    private static final int BATCH = 1000;

    record Item(long id, String code, String category, long capVnd, int ratePct) {
    }

    private final Database db;
    private final long policyVersionId;
    private final List<Item> items;
    private final Map<String, Long> lines = new HashMap<>();
    private final Map<String, AtomicLong> disbursed = new HashMap<>();
    private final AtomicLong rows = new AtomicLong();

    HistoryGenerator(Database db, long policyVersionId, List<Item> items) {
        this.db = db;
        this.policyVersionId = policyVersionId;
        this.items = items;
    }

    long rowsWritten() {
        return rows.get();
    }

    /** Organisations with ids firstId … firstId + count − 1, each with a bank account. */
    void organisations(long firstId, int count) throws Exception {
        parallel(firstId, count, (c, from, to) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, tax_code, name, organisation_type,"
                    + " address, email, bank_name, bank_account_number, bank_account_name) VALUES (?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (long id = from; id < to; id++) {
                    ps.setLong(1, id);
                    ps.setString(2, taxCode(id));
                    ps.setString(3, "Công ty TNHH Đổi mới Sáng tạo " + id);
                    ps.setString(4, id % 7 == 0 ? "COOPERATIVE" : id % 5 == 0 ? "HOUSEHOLD_BUSINESS" : "ENTERPRISE");
                    ps.setString(5, "Thôn " + (id % 40) + ", tỉnh Hà Tĩnh");
                    ps.setString(6, "org" + id + "@example.vn");
                    ps.setString(7, "Vietcombank Hà Tĩnh");
                    ps.setString(8, "0011" + String.format("%09d", id));
                    ps.setString(9, "CONG TY " + id);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        flush(c, ps, BATCH);
                    }
                }
                flush(c, ps, n % BATCH);
            }
        });
    }

    /** Budget lines of the history years, balances zero until {@link #settleLines()}. */
    void openLines() throws SQLException {
        try (Connection c = db.app.getConnection(); Statement s = c.createStatement()) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (String category : List.of("MANAGEMENT_SYSTEM", "CONFORMITY_CERTIFICATION", "INTELLECTUAL_PROPERTY")) {
                    s.executeUpdate("INSERT INTO budget_line (policy_version_id, fiscal_year, category) VALUES ("
                            + policyVersionId + ", " + year + ", '" + category + "')", Statement.RETURN_GENERATED_KEYS);
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        lines.put(year + ":" + category, keys.getLong(1));
                        disbursed.put(year + ":" + category, new AtomicLong());
                    }
                }
            }
        }
    }

    /** Closed dossiers with ids firstId … firstId + count − 1 of organisations [orgFrom, orgFrom + orgCount). */
    void dossiers(long firstId, int count, long orgFrom, int orgCount) throws Exception {
        parallel(firstId, count, (c, from, to) -> {
            Random random = new Random(from);
            try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, organisation_id, support_item_id,"
                    + " policy_version_id, support_item_code, category, title, eligible_cost_vnd, max_support_vnd,"
                    + " recommended_amount_vnd, approved_amount_vnd, paid_amount_vnd, status, fiscal_year, budget_line_id,"
                    + " created_by, submitted_at, appraised_by, appraised_at, decided_by, decided_at, decision_number,"
                    + " decision_date, closing_reason, closed_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (application_id, actor, action,"
                         + " from_status, to_status, detail, occurred_at) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement ledger = c.prepareStatement("INSERT INTO ledger_entry (line_id, entry_type, amount_vnd,"
                         + " application_id, actor, idempotency_key, occurred_at, document_ref) VALUES (?,?,?,?,?,?,?,?)");
                 PreparedStatement payment = c.prepareStatement("INSERT INTO payment (application_id, tranche, amount_vnd,"
                         + " status, bank_name, bank_account_number, bank_account_name, treasury_reference, idempotency_key,"
                         + " created_by, confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                int audits = 0;
                int entries = 0;
                int payments = 0;
                Map<String, Long> paidHere = new HashMap<>();
                for (long id = from; id < to; id++) {
                    Item item = items.get(random.nextInt(items.size()));
                    long org = orgFrom + random.nextInt(orgCount);
                    int year = FIRST_YEAR + random.nextInt(YEARS);
                    LocalDate decided = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                    LocalDateTime submitted = decided.minusDays(20 + random.nextInt(30)).atTime(8 + random.nextInt(9), random.nextInt(60));
                    LocalDateTime decidedAt = decided.atTime(14, random.nextInt(60));
                    long cost = 10_000_000L + random.nextInt(190) * 1_000_000L;
                    long max = Math.min(item.capVnd(), cost * item.ratePct() / 100);
                    int roll = random.nextInt(100);
                    String status = roll < 70 ? "PAID" : roll < 80 ? "REJECTED" : roll < 88 ? "REFUSED" : roll < 94 ? "LAPSED" : "WITHDRAWN";
                    boolean paid = status.equals("PAID");
                    boolean decidedStatus = paid || status.equals("REJECTED");
                    String lineKey = year + ":" + item.category();
                    Long line = paid ? lines.get(lineKey) : null;
                    LocalDateTime closed = paid ? decidedAt.plusDays(40) : decidedStatus ? decidedAt : submitted.plusDays(15);
                    int p = 1;
                    app.setLong(p++, id);
                    app.setLong(p++, org);
                    app.setLong(p++, item.id());
                    app.setLong(p++, policyVersionId);
                    app.setString(p++, item.code());
                    app.setString(p++, item.category());
                    app.setString(p++, "Hồ sơ đề nghị hỗ trợ " + item.code() + " số " + id);
                    app.setLong(p++, cost);
                    app.setLong(p++, max);
                    app.setObject(p++, decidedStatus ? max : null);
                    app.setObject(p++, paid ? max : null);
                    app.setLong(p++, paid ? max : 0);
                    app.setString(p++, status);
                    app.setObject(p++, decidedStatus ? year : null);
                    app.setObject(p++, line);
                    app.setString(p++, "org" + org);
                    app.setTimestamp(p++, Timestamp.valueOf(submitted));
                    app.setString(p++, decidedStatus ? "reviewer" : null);
                    app.setTimestamp(p++, decidedStatus ? Timestamp.valueOf(decidedAt.minusDays(5)) : null);
                    app.setString(p++, decidedStatus ? "approver" : null);
                    app.setTimestamp(p++, decidedStatus ? Timestamp.valueOf(decidedAt) : null);
                    app.setString(p++, decidedStatus ? id + "/QĐ-SKHCN" : null);
                    app.setObject(p++, decidedStatus ? decided : null);
                    app.setString(p++, paid ? null : "Lý do đóng hồ sơ: " + status);
                    app.setTimestamp(p++, Timestamp.valueOf(closed));
                    app.setTimestamp(p++, Timestamp.valueOf(submitted.minusDays(1)));
                    app.addBatch();
                    audits += audit(audit, id, "org" + org, "SUBMITTED", "DRAFT", "SUBMITTED", submitted);
                    if (paid) {
                        audits += audit(audit, id, "approver", StepOutcome.DECISION_APPROVE.auditAction(), "AWAITING_DECISION", "APPROVED", decidedAt);
                        audits += audit(audit, id, "approver", "BUDGET_COMMITTED", "APPROVED", "APPROVED", decidedAt);
                        audits += audit(audit, id, "finance", "PAID", "AWAITING_PAYMENT", "PAID", closed);
                        entries += entry(ledger, line, "COMMIT", max, id, "approver", "commit:application:" + id, decidedAt, null);
                        String key = "payment:application:" + id + ":tranche:1";
                        entries += entry(ledger, line, "DISBURSE", max, id, "finance", key, closed, "KB-" + id);
                        payment.setLong(1, id);
                        payment.setInt(2, 1);
                        payment.setLong(3, max);
                        payment.setString(4, "CONFIRMED");
                        payment.setString(5, "Vietcombank Hà Tĩnh");
                        payment.setString(6, "0011" + String.format("%09d", org));
                        payment.setString(7, "CONG TY " + org);
                        payment.setString(8, "KB-" + id);
                        payment.setString(9, key);
                        payment.setString(10, "finance");
                        payment.setTimestamp(11, Timestamp.valueOf(closed));
                        payment.addBatch();
                        payments++;
                        paidHere.merge(lineKey, max, Long::sum);
                    } else {
                        audits += audit(audit, id, decidedStatus ? "approver" : "intake", status, "SUBMITTED", status, closed);
                    }
                    if (++n % BATCH == 0) {
                        flush(c, app, BATCH);
                        flush(c, audit, audits);
                        flush(c, ledger, entries);
                        flush(c, payment, payments);
                        audits = entries = payments = 0;
                    }
                }
                flush(c, app, n % BATCH);
                flush(c, audit, audits);
                flush(c, ledger, entries);
                flush(c, payment, payments);
                paidHere.forEach((k, v) -> disbursed.get(k).addAndGet(v));
            }
        });
    }

    /**
     * Allocates each history line 125 % of what it paid out, with its ALLOCATE entry, and sets the
     * balances to the sums of the entries; then rebuilds the period report's tally, which the
     * application keeps on every save and these bulk INSERTs bypass.
     */
    void settleLines() throws SQLException {
        long total = 0;
        try (Connection c = db.app.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE budget_line SET allocated_vnd = ?, disbursed_vnd = ?, version = version + 1 WHERE id = ?");
                 PreparedStatement entry = c.prepareStatement("INSERT INTO ledger_entry (line_id, entry_type, amount_vnd,"
                         + " actor, reason, idempotency_key, occurred_at) VALUES (?, 'ALLOCATE', ?, 'finance', 'Bench history allocation', ?, ?)")) {
                for (Map.Entry<String, Long> line : lines.entrySet()) {
                    long paid = disbursed.get(line.getKey()).get();
                    long allocated = Math.max(1_000_000L, paid / 4 * 5);
                    total += allocated;
                    update.setLong(1, allocated);
                    update.setLong(2, paid);
                    update.setLong(3, line.getValue());
                    update.addBatch();
                    entry.setLong(1, line.getValue());
                    entry.setLong(2, allocated);
                    entry.setString(3, "allocate:bench:" + line.getValue());
                    entry.setTimestamp(4, Timestamp.valueOf(LocalDate.of(Integer.parseInt(line.getKey().substring(0, 4)), 1, 2).atStartOfDay()));
                    entry.addBatch();
                }
                update.executeBatch();
                entry.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE policy_version SET allocated_vnd = allocated_vnd + " + total + " WHERE id = " + policyVersionId);
            }
            c.commit();
        }
        settleReport();
    }

    /**
     * The back-fill of V62__report_tally_by_month.sql (the report tally by month), from every dossier
     * and ledger entry now in the tables (nothing else writes meanwhile). Its statements are read from
     * the migration itself, so the bench fills the tally exactly as the migration does.
     */
    private void settleReport() throws SQLException {
        try (Connection c = db.app.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("DELETE FROM report_tally_business");
            s.executeUpdate("DELETE FROM report_tally");
            for (String statement : tallyBackFill()) {
                s.executeUpdate(statement);
            }
            c.commit();
        }
    }

    /** The statements after V62's "-- Back-fill" line, without their comments. */
    private static List<String> tallyBackFill() {
        try (var in = HistoryGenerator.class.getResourceAsStream("/db/migration/V62__report_tally_by_month.sql")) {
            if (in == null) {
                throw new IllegalStateException("V62__report_tally_by_month.sql is not on the class path");
            }
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String backFill = sql.substring(sql.indexOf("-- Back-fill"));
            List<String> statements = new ArrayList<>();
            for (String statement : backFill.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.trim());
                }
            }
            return statements;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** A valid, unique 10-digit tax code for the organisation id: eight digits of the id, one free digit, the check digit. */
    static String taxCode(long id) {
        String eight = String.format("%08d", id % 100_000_000L);
        for (int free = 0; free < 10; free++) {
            String digits = eight + free;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += WEIGHTS[i] * (digits.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return digits + check;
            }
        }
        throw new IllegalStateException("No tax code for " + id);
    }

    private static int audit(PreparedStatement ps, long id, String actor, String action, String from, String to,
                             LocalDateTime at) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, actor);
        ps.setString(3, action);
        ps.setString(4, from);
        ps.setString(5, to);
        ps.setString(6, null);
        ps.setTimestamp(7, Timestamp.valueOf(at));
        ps.addBatch();
        return 1;
    }

    private static int entry(PreparedStatement ps, Long line, String type, long amount, long id, String actor, String key,
                             LocalDateTime at, String documentRef) throws SQLException {
        ps.setLong(1, line);
        ps.setString(2, type);
        ps.setLong(3, amount);
        ps.setLong(4, id);
        ps.setString(5, actor);
        ps.setString(6, key);
        ps.setTimestamp(7, Timestamp.valueOf(at));
        ps.setString(8, documentRef);
        ps.addBatch();
        return 1;
    }

    private void flush(Connection c, PreparedStatement ps, int count) throws SQLException {
        if (count > 0) {
            ps.executeBatch();
            rows.addAndGet(count);
        }
        c.commit();
    }

    interface Chunk {
        void load(Connection c, long from, long to) throws Exception;
    }

    /** Splits [first, first + count) over two loader connections (one per core), bulk-load session settings on. */
    private void parallel(long first, int count, Chunk chunk) throws Exception {
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            long step = (count + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                long from = first + t * step;
                long to = Math.min(first + count, from + step);
                if (from >= to) {
                    continue;
                }
                done.add(pool.submit(() -> {
                    try (Connection c = db.app.getConnection()) {
                        c.setAutoCommit(false);
                        try (Statement s = c.createStatement()) {
                            s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
                        }
                        chunk.load(c, from, to);
                        try (Statement s = c.createStatement()) {
                            s.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
