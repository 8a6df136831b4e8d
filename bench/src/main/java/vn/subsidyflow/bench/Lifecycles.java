package vn.subsidyflow.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import vn.subsidyflow.workflow.Outcome;
import vn.subsidyflow.workflow.StepOutcome;

/** Scenario 1: whole lifecycles with concurrent clients, over HTTP (ours) or in-process (bare Flowable). */
final class Lifecycles {

    static final List<String> FILE_DOCS = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
    private static final byte[] PDF = "%PDF-1.4 bench".getBytes(StandardCharsets.UTF_8);

    record Run(int lifecycles, double seconds, Stats calls, Stats completions, int failures) {

        double perSecond() {
            return lifecycles / seconds;
        }
    }

    /** The steps a dossier takes from filing to payment when everyone says yes. */
    private static final List<StepOutcome> HAPPY_PATH = List.of(StepOutcome.INTAKE_ACCEPT,
            StepOutcome.APPRAISAL_RECOMMEND_APPROVAL, StepOutcome.DECISION_APPROVE, StepOutcome.PAYMENT_PAY);

    private Lifecycles() {
    }

    /**
     * File → intake → appraisal → decision → (commit) → payment over HTTP; one applicant per client.
     * Every command asks for a minimal answer ({@code Prefer: return=minimal}): the clients read only the
     * new dossier's id (from the body or the Location) and the task id from the task query, as a
     * client that moves straight on to its next step would.
     */
    static Run overHttp(int port, List<HttpApi> applicants, List<String> itemCodes, int lifecycles) throws Exception {
        HttpApi intake = new HttpApi(port, "intake", "demo").minimal();
        HttpApi reviewer = new HttpApi(port, "reviewer", "demo").minimal();
        HttpApi approver = new HttpApi(port, "approver", "demo").minimal();
        HttpApi finance = new HttpApi(port, "finance", "demo").minimal();
        Stats calls = new Stats();
        Stats completions = new Stats();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(applicants.size());
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (HttpApi signedIn : applicants) {
            HttpApi applicant = signedIn.minimal();
            clients.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < lifecycles; n = next.getAndIncrement()) {
                    final int i = n;
                    try {
                        String item = itemCodes.get(i % itemCodes.size());
                        long id = timed(calls, () -> applicant.post("/api/v1/applications", Map.of("supportItemCode", item,
                                "title", "Bench dossier " + i, "eligibleCostVnd", 80_000_000L)).ok(201)).createdId();
                        for (String kind : FILE_DOCS) {
                            timed(calls, () -> applicant.upload("/api/v1/applications/" + id + "/documents", kind, PDF).ok(201, 204));
                        }
                        // 204 is what a minimal answer without a body may be; 200 the full (or an ignored preference).
                        timed(calls, () -> applicant.post("/api/v1/applications/" + id + "/submit", null).ok(200, 204));
                        step(calls, completions, intake, id, StepOutcome.INTAKE_ACCEPT, Map.of());
                        step(calls, completions, reviewer, id, StepOutcome.APPRAISAL_RECOMMEND_APPROVAL, Map.of("amountVnd", 10_000_000L));
                        step(calls, completions, approver, id, StepOutcome.DECISION_APPROVE, Map.of("decisionNumber", id + "/QĐ-BENCH"));
                        step(calls, completions, finance, id, StepOutcome.PAYMENT_PAY, Map.of("paymentReference", "KB-BENCH-" + id));
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.out.println("[bench] lifecycle failed: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Run(lifecycles - failures.get(), seconds, calls, completions, failures.get());
    }

    private static void step(Stats calls, Stats completions, HttpApi staff, long id, StepOutcome taken, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("outcome", taken.outcome().name());
        String task = timed(calls, () -> staff.get("/api/v1/tasks?applicationId=" + id + "&key=" + taken.step().key()).ok(200))
                .body().get(0).path("id").asString();
        timed(calls, () -> staff.post("/api/v1/tasks/" + task + "/complete", body).ok(200, 204));
        completions.add(lastNanos.get());
    }

    private static final ThreadLocal<Long> lastNanos = ThreadLocal.withInitial(() -> 0L);

    private static <T> T timed(Stats stats, java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        long took = System.nanoTime() - start;
        lastNanos.set(took);
        stats.add(took);
        return result;
    }

    /** The same BPMN on bare Flowable: start, then find and complete each user task, no-op service tasks. */
    static Run bare(ProcessEngine engine, int clients, int lifecycles, long firstId) throws Exception {
        Stats calls = new Stats();
        Stats completions = new Stats();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < lifecycles; n = next.getAndIncrement()) {
                    final int i = n;
                    try {
                        Map<String, Object> variables = new HashMap<>();
                        variables.put("applicationId", firstId + i);
                        variables.put("category", i % 2 == 0 ? "MANAGEMENT_SYSTEM" : "CONFORMITY_CERTIFICATION");
                        variables.put("applicantGroup", "org:" + i);
                        String instance = timed(calls, () -> engine.getRuntimeService()
                                .startProcessInstanceByKey("supportApplication", String.valueOf(firstId + i), variables)).getId();
                        for (StepOutcome done : HAPPY_PATH) {
                            Task task = timed(calls, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance)
                                    .taskDefinitionKey(done.step().key()).singleResult());
                            timed(calls, () -> {
                                engine.getTaskService().complete(task.getId(), Map.of(Outcome.VARIABLE, done.outcome().name()));
                                return null;
                            });
                            completions.add(lastNanos.get());
                        }
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.out.println("[bench] peer lifecycle failed: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> r : running) {
            r.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Run(lifecycles - failures.get(), seconds, calls, completions, failures.get());
    }
}
