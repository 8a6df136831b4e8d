package vn.subsidyflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.ProcessEngine;
import vn.subsidyflow.workflow.Step;

/**
 * Dossiers with real, running process instances: rows inserted in bulk, then one Flowable process
 * instance each, started by a bare engine on the application's schema and moved to the step the
 * dossier is at. The inbox read model is then filled from Flowable's own task rows (the projector
 * that normally does it lives in the application's engine).
 */
final class LiveApplications {

    /** Where a live dossier stands: its task, its status. */
    enum Stage {
        INTAKE(Step.INTAKE, "SUBMITTED"), APPRAISAL(Step.APPRAISAL, "IN_APPRAISAL"), DECISION(Step.DECISION, "AWAITING_DECISION"),
        PAYMENT(Step.PAYMENT, "AWAITING_PAYMENT");

        final Step task;
        final String status;

        Stage(Step task, String status) {
            this.task = task;
            this.status = status;
        }
    }

    private final Database db;
    private final ProcessEngine engine;
    private final long policyVersionId;
    private final List<HistoryGenerator.Item> items;
    private final Map<String, Long> currentLines;
    private final int threads;

    LiveApplications(Database db, ProcessEngine engine, long policyVersionId, List<HistoryGenerator.Item> items,
                 Map<String, Long> currentLines, int threads) {
        this.db = db;
        this.engine = engine;
        this.policyVersionId = policyVersionId;
        this.items = items;
        this.currentLines = currentLines;
        this.threads = threads;
    }

    /** Creates {@code count} dossiers with ids from {@code firstId}, steps cycling through {@code steps}. */
    void create(long firstId, int count, long orgFrom, int orgCount, List<Stage> steps) throws Exception {
        int year = LocalDate.now().getYear();
        Map<String, Long> committed = new HashMap<>();
        try (Connection c = db.app.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, organisation_id, support_item_id,"
                    + " policy_version_id, support_item_code, category, title, eligible_cost_vnd, max_support_vnd,"
                    + " recommended_amount_vnd, approved_amount_vnd, status, fiscal_year, budget_line_id, created_by,"
                    + " submitted_at, appraised_by, appraised_at, decided_by, decided_at, decision_number, decision_date)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement ledger = c.prepareStatement("INSERT INTO ledger_entry (line_id, entry_type, amount_vnd,"
                         + " application_id, actor, idempotency_key) VALUES (?, 'COMMIT', ?, ?, 'approver', ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = firstId + i;
                    Stage step = steps.get(i % steps.size());
                    HistoryGenerator.Item item = items.get(i % items.size());
                    long org = orgFrom + (i * 7919L) % orgCount;
                    long max = Math.min(item.capVnd(), 60_000_000L * item.ratePct() / 100);
                    boolean appraised = step.ordinal() >= Stage.DECISION.ordinal();
                    boolean decided = step == Stage.PAYMENT;
                    LocalDateTime now = LocalDateTime.now().minusMinutes(count - i);
                    Long line = decided ? currentLines.get(item.category()) : null;
                    int p = 1;
                    app.setLong(p++, id);
                    app.setLong(p++, org);
                    app.setLong(p++, item.id());
                    app.setLong(p++, policyVersionId);
                    app.setString(p++, item.code());
                    app.setString(p++, item.category());
                    app.setString(p++, "Hồ sơ đang xử lý " + item.code() + " số " + id);
                    app.setLong(p++, 120_000_000L);
                    app.setLong(p++, max);
                    app.setObject(p++, appraised ? max : null);
                    app.setObject(p++, decided ? max : null);
                    app.setString(p++, step.status);
                    app.setObject(p++, decided ? year : null);
                    app.setObject(p++, line);
                    app.setString(p++, "org" + org);
                    app.setTimestamp(p++, Timestamp.valueOf(now));
                    app.setString(p++, appraised ? "reviewer" : null);
                    app.setTimestamp(p++, appraised ? Timestamp.valueOf(now) : null);
                    app.setString(p++, decided ? "approver" : null);
                    app.setTimestamp(p++, decided ? Timestamp.valueOf(now) : null);
                    app.setString(p++, decided ? id + "/QĐ-SKHCN" : null);
                    app.setObject(p++, decided ? LocalDate.now() : null);
                    app.addBatch();
                    if (decided) {
                        ledger.setLong(1, line);
                        ledger.setLong(2, max);
                        ledger.setLong(3, id);
                        ledger.setString(4, "commit:application:" + id);
                        ledger.addBatch();
                        committed.merge(item.category(), max, Long::sum);
                    }
                    if ((i + 1) % 1000 == 0) {
                        app.executeBatch();
                        ledger.executeBatch();
                    }
                }
                app.executeBatch();
                ledger.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                for (Map.Entry<String, Long> e : committed.entrySet()) {
                    s.executeUpdate("UPDATE budget_line SET committed_vnd = committed_vnd + " + e.getValue()
                            + " WHERE id = " + currentLines.get(e.getKey()));
                }
            }
            c.commit();
        }
        startInstances(firstId, count, orgFrom, orgCount, steps);
        project();
    }

    private void startInstances(long firstId, int count, long orgFrom, int orgCount, List<Stage> steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Object[]>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            parts.add(pool.submit(() -> {
                List<Object[]> started = new ArrayList<>();
                for (int i = thread; i < count; i += threads) {
                    long id = firstId + i;
                    Stage step = steps.get(i % steps.size());
                    HistoryGenerator.Item item = items.get(i % items.size());
                    long org = orgFrom + (i * 7919L) % orgCount;
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("applicationId", id);
                    variables.put("category", item.category());
                    variables.put("applicantGroup", "org:" + org);
                    // What the peer's inbox needs to show a row without our read model.
                    variables.put("applicantName", "Công ty TNHH Đổi mới Sáng tạo " + org);
                    variables.put("supportItemCode", item.code());
                    variables.put("amountVnd", Math.min(item.capVnd(), 60_000_000L * item.ratePct() / 100));
                    String instance = engine.getRuntimeService()
                            .startProcessInstanceByKey("supportApplication", String.valueOf(id), variables).getId();
                    if (step != Stage.INTAKE) {
                        engine.getRuntimeService().createChangeActivityStateBuilder().processInstanceId(instance)
                                .moveActivityIdTo(Step.INTAKE.key(), step.task.key()).changeState();
                    }
                    started.add(new Object[] {instance, id});
                }
                return started;
            }));
        }
        try (Connection c = db.app.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE application SET process_instance_id = ? WHERE id = ?")) {
            c.setAutoCommit(false);
            int n = 0;
            for (Future<List<Object[]>> part : parts) {
                for (Object[] started : part.get()) {
                    ps.setString(1, (String) started[0]);
                    ps.setLong(2, (Long) started[1]);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        } finally {
            pool.shutdown();
        }
    }

    /** Fills open_task from Flowable's task rows, as the application's InboxProjector would have. */
    private void project() throws SQLException {
        db.execute("""
                INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, candidate_group,
                                       assignee, due_at, created_at)
                SELECT t.ID_, v.LONG_, t.PROC_INST_ID_, t.TASK_DEF_KEY_, t.NAME_,
                       (SELECT MIN(i.GROUP_ID_) FROM ACT_RU_IDENTITYLINK i WHERE i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'),
                       t.ASSIGNEE_, t.DUE_DATE_, t.CREATE_TIME_
                FROM ACT_RU_TASK t
                JOIN ACT_RU_VARIABLE v ON v.PROC_INST_ID_ = t.PROC_INST_ID_ AND v.EXECUTION_ID_ = t.PROC_INST_ID_
                                       AND v.NAME_ = 'applicationId' AND v.TASK_ID_ IS NULL
                WHERE NOT EXISTS (SELECT 1 FROM open_task o WHERE o.task_id = t.ID_)""");
    }
}
