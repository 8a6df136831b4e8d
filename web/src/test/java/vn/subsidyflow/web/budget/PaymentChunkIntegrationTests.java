package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.support.Scenario;

/**
 * Queued payments are ordered in chunks, one transaction per chunk. This node's worker is off, so
 * the test orders the chunks itself; a payment that cannot be paid is FAILED with its reason and
 * holds back none of the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"subsidyflow.payments.worker-enabled=false", "subsidyflow.payments.chunk-size=10"})
@ActiveProfiles("demo")
class PaymentChunkIntegrationTests {

    private static final long AMOUNT = 5_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext node;

    @Autowired
    PaymentBatches batches;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerMonitor ledger;

    Scenario scenario;
    EngineApplications engine;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 1_000_000_000L, 1_000_000_000L, 0);
        engine = new EngineApplications(node);
        // Payments other tests left queued would be taken first.
        while (batches.orderQueued() > 0) {
            // drained
        }
    }

    @Test
    void shouldOrderAChunkOfPaymentsInOneTransactionThenTheRestInTheNext() {
        Actor business = engine.newBusiness();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(new BatchItem(engine.awaitingPayment(business, scenario.tcvn, AMOUNT), null));
        }
        long batch = batches.create(EngineApplications.FINANCE, "chunks", items).id();

        assertThat(batches.orderQueued()).isEqualTo(10);
        assertThat(count(batch, "ORDERED")).isEqualTo(10);
        assertThat(count(batch, "QUEUED")).isEqualTo(2);
        assertThat(batches.orderQueued()).isEqualTo(2);
        assertThat(batches.orderQueued()).isZero();

        assertThat(batches.batch(batch).status()).isEqualTo("COMPLETED");
        for (BatchItem item : items) {
            assertPaid(item.applicationId());
        }
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong()).isEqualTo(12 * AMOUNT);
        assertThat(ledger.check().consistent()).isTrue();
    }

    @Test
    void shouldFailThePaymentsThatCannotBePaidWithoutHoldingBackTheRest() {
        Actor business = engine.newBusiness();
        Actor moving = engine.newBusiness();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(new BatchItem(engine.awaitingPayment(business, scenario.tcvn, AMOUNT), null));
        }
        long poison = engine.awaitingPayment(business, scenario.tcvn, AMOUNT);
        long moved = engine.awaitingPayment(moving, scenario.tcvn, AMOUNT);
        items.add(1, new BatchItem(poison, null));
        items.add(3, new BatchItem(moved, null));
        // Bad data the checks do not catch: the dossier points at a line with nothing committed, so the
        // DISBURSE movement throws in the middle of the chunk.
        long committedLine = jdbc.queryForObject("SELECT budget_line_id FROM application WHERE id = ?", Long.class, poison);
        long emptyLine = scenario.line(Category.MANAGEMENT_SYSTEM).path("id").asLong();
        jdbc.update("UPDATE application SET budget_line_id = ? WHERE id = ?", emptyLine, poison);
        long batch = batches.create(EngineApplications.FINANCE, "one poison payment", items).id();
        // A check the ordering makes: the beneficiary changed bank account after the payment was queued.
        accounts.updateBankAccount(moving.organisationId(), "Agribank Hà Tĩnh", "3700205000001", "CONG TY CHUYEN NHA");

        assertThat(batches.orderQueued()).as("the chunk fails, then its payments are ordered one by one").isEqualTo(6);
        assertThat(batches.orderQueued()).isZero();

        assertThat(failure(poison)).startsWith("Ordering failed: NOT_COMMITTED");
        assertThat(failure(moved)).contains("bank account changed");
        for (long id : List.of(poison, moved)) {
            assertThat(status(id)).isEqualTo("AWAITING_PAYMENT");
            assertThat(disburseEntries(id)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_task WHERE application_id = ? AND task_key = 'payment'",
                    Long.class, id)).isEqualTo(1);
        }
        for (BatchItem item : items) {
            if (item.applicationId() != poison && item.applicationId() != moved) {
                assertPaid(item.applicationId());
            }
        }
        assertThat(count(batch, "ORDERED")).isEqualTo(4);
        assertThat(count(batch, "FAILED")).isEqualTo(2);
        assertThat(batches.batch(batch).status()).isEqualTo("COMPLETED");

        // Once the cause is fixed, finance queues the failed dossier again: a new tranche, paid.
        jdbc.update("UPDATE application SET budget_line_id = ? WHERE id = ?", committedLine, poison);
        long again = batches.create(EngineApplications.FINANCE, "poison fixed", List.of(new BatchItem(poison, null))).id();
        assertThat(batches.orderQueued()).isEqualTo(1);
        assertThat(count(again, "ORDERED")).isEqualTo(1);
        assertThat(status(poison)).isEqualTo("PAID");
        assertThat(disburseEntries(poison)).isEqualTo(1);
        assertThat(ledger.check().consistent()).isTrue();
    }

    private void assertPaid(long applicationId) {
        assertThat(status(applicationId)).isEqualTo("PAID");
        assertThat(disburseEntries(applicationId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_task WHERE application_id = ?", Long.class, applicationId))
                .isZero();
    }

    private String status(long applicationId) {
        return jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, applicationId);
    }

    private long disburseEntries(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE application_id = ? AND entry_type = 'DISBURSE'",
                Long.class, applicationId);
    }

    private String failure(long applicationId) {
        return jdbc.queryForObject("SELECT failure FROM payment WHERE application_id = ? AND status = 'FAILED'", String.class,
                applicationId);
    }

    private long count(long batchId, String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE batch_id = ? AND status = ?", Long.class, batchId, status);
    }
}
