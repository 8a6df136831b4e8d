package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.PaidProcesses;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * Ordering a batch pays the dossiers; their processes end afterwards. This node's worker is off, so
 * the test orders the payments and closes the processes itself, and looks in between: the dossiers
 * are PAID with the money moved, their processes still open, and their payment tasks seen and
 * completed by nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"subsidyflow.payments.worker-enabled=false", "subsidyflow.payments.chunk-size=10"})
@ActiveProfiles("demo")
class PaidProcessesIntegrationTests {

    private static final long AMOUNT = 5_000_000L;
    private static final int DOSSIERS = 12;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext node;

    @Autowired
    PaymentBatches batches;

    @Autowired
    PaidProcesses paidProcesses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerMonitor ledger;

    @Autowired
    RuntimeService runtime;

    Scenario scenario;
    EngineApplications engine;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 1_000_000_000L, 1_000_000_000L, 0);
        engine = new EngineApplications(node);
        // What other tests left queued would be taken first.
        while (batches.orderQueued() > 0 || paidProcesses.closeDue() > 0) {
            // drained
        }
    }

    @Test
    void shouldPayTheDossiersThenEndTheirProcessesWithNoPaymentTaskVisibleInBetween() {
        Actor business = engine.newBusiness();
        List<BatchItem> items = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            long id = engine.awaitingPayment(business, scenario.tcvn, AMOUNT);
            ids.add(id);
            items.add(new BatchItem(id, null));
        }
        long disbursedBefore = scenario.line(Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong();
        String anEngineTask = engineTaskOf(ids.get(0));
        batches.create(EngineApplications.FINANCE, "paid, closed later", items);

        while (batches.orderQueued() > 0) {
            // ordered in chunks of 10
        }

        // Paid, the money moved once, the processes still open: nobody sees or completes their payment task.
        Api finance = scenario.as("finance");
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("PAID");
            assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE application_id = ? AND entry_type = 'DISBURSE'", id))
                    .isEqualTo(1);
            assertThat(openExecutions(id)).as("the process is closed later").isPositive();
            assertThat(count("SELECT COUNT(*) FROM open_task WHERE application_id = ?", id)).isZero();
            assertThat(count("SELECT COUNT(*) FROM step_span WHERE application_id = ? AND step_key = 'payment'"
                    + " AND done_at IS NOT NULL", id)).as("the payment step ended when ordered").isEqualTo(1);
            assertThat(finance.get("/api/v1/tasks?applicationId=" + id + "&key=payment").body().size()).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM paid_process WHERE application_id IN (" + join(ids) + ")")).isEqualTo(DOSSIERS);
        assertThat(finance.get("/api/v1/tasks/" + anEngineTask).status()).isEqualTo(404);
        Api.Response byHand = finance.post("/api/v1/tasks/" + anEngineTask + "/complete",
                Map.of("outcome", "PAY", "paymentReference", "KBNN-BY-HAND"));
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(404);
        assertThat(byHand.code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(finance.post("/api/v1/tasks/" + anEngineTask + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong())
                .isEqualTo(disbursedBefore + DOSSIERS * AMOUNT);

        assertThat(paidProcesses.closeDue()).isEqualTo(10);
        assertThat(paidProcesses.closeDue()).isEqualTo(2);
        assertThat(paidProcesses.closeDue()).isZero();

        for (long id : ids) {
            assertThat(openExecutions(id)).as("process of dossier %d ended", id).isZero();
            assertThat(count("SELECT COUNT(*) FROM ACT_HI_PROCINST p JOIN application a ON a.process_instance_id = p.PROC_INST_ID_"
                    + " WHERE a.id = ? AND p.END_TIME_ IS NOT NULL AND p.END_ACT_ID_ = 'applicationPaid'", id)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN application a ON a.process_instance_id = t.PROC_INST_ID_"
                    + " WHERE a.id = ?", id)).isZero();
            assertThat(status(id)).isEqualTo("PAID");
            assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE application_id = ? AND entry_type = 'DISBURSE'", id))
                    .isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM paid_process WHERE application_id IN (" + join(ids) + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB")).isZero();
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong())
                .isEqualTo(disbursedBefore + DOSSIERS * AMOUNT);
        assertThat(ledger.check().consistent()).isTrue();
    }

    @Test
    void shouldTryAProcessThatCannotBeClosedAgainLaterWithoutHoldingBackTheOthers() {
        Actor business = engine.newBusiness();
        long good = engine.awaitingPayment(business, scenario.tcvn, AMOUNT);
        long broken = engine.awaitingPayment(business, scenario.tcvn, AMOUNT);
        batches.create(EngineApplications.FINANCE, "one process broken", List.of(new BatchItem(good, null), new BatchItem(broken, null)));
        while (batches.orderQueued() > 0) {
            // ordered
        }
        // A process the engine refuses to move: suspended, its task cannot be completed.
        String brokenInstance = jdbc.queryForObject("SELECT process_instance_id FROM application WHERE id = ?", String.class, broken);
        runtime.suspendProcessInstanceById(brokenInstance);

        assertThat(paidProcesses.closeDue()).as("the batch fails, then each is closed alone").isEqualTo(2);
        assertThat(paidProcesses.closeDue()).as("the broken one waits a minute before the next try").isZero();

        assertThat(openExecutions(good)).isZero();
        assertThat(count("SELECT COUNT(*) FROM paid_process WHERE application_id = ?", good)).isZero();
        assertThat(count("SELECT attempts FROM paid_process WHERE application_id = ?", broken)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT last_failure FROM paid_process WHERE application_id = ?", String.class, broken))
                .isNotBlank();
        assertThat(status(broken)).isEqualTo("PAID");

        // Repaired, and due again: closed at the next try.
        runtime.activateProcessInstanceById(brokenInstance);
        jdbc.update("UPDATE paid_process SET next_attempt_at = UTC_TIMESTAMP(3) WHERE application_id = ?", broken);
        assertThat(paidProcesses.closeDue()).isEqualTo(1);
        assertThat(openExecutions(broken)).isZero();
        assertThat(count("SELECT COUNT(*) FROM paid_process WHERE application_id = ?", broken)).isZero();
    }

    private String engineTaskOf(long applicationId) {
        return jdbc.queryForObject("SELECT t.ID_ FROM ACT_RU_TASK t JOIN application a ON a.process_instance_id = t.PROC_INST_ID_"
                + " WHERE a.id = ? AND t.TASK_DEF_KEY_ = 'payment'", String.class, applicationId);
    }

    private long openExecutions(long applicationId) {
        return count("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN application a ON a.process_instance_id = e.PROC_INST_ID_"
                + " WHERE a.id = ?", applicationId);
    }

    private String status(long applicationId) {
        return jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, applicationId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
