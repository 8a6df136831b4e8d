package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** Builds dossiers that await payment, walking the real lifecycle over HTTP. */
final class Payables {

    private Payables() {
    }

    /** A new business's management-system dossier, approved for {@code amountVnd} and awaiting payment. */
    static long awaitingPayment(Scenario scenario, Accounts accounts, long amountVnd, boolean withBankAccount) {
        long id = approved(scenario, amountVnd, withBankAccount ? accounts : null);
        assertThat(scenario.as("finance").get("/api/v1/applications/" + id).text("status")).isEqualTo("AWAITING_PAYMENT");
        return id;
    }

    /** Approved (AWAITING_PAYMENT, or WAITLISTED when the line cannot cover it). */
    static long approved(Scenario scenario, long amountVnd, Accounts accountsForBank) {
        long id = decisionPending(scenario, amountVnd, accountsForBank);
        scenario.completeOk(scenario.as("approver"), id, "decision",
                java.util.Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ-SKHCN"));
        return id;
    }

    /** Filed, accepted and appraised: awaiting the approver's decision. */
    static long decisionPending(Scenario scenario, long amountVnd, Accounts accountsForBank) {
        Api applicant = scenario.newApplicantWithoutBankAccount();
        long id = scenario.file(applicant, scenario.iso, amountVnd * 2);
        if (accountsForBank != null) {
            long organisationId = applicant.get("/api/v1/applications/" + id).number("organisationId");
            accountsForBank.updateBankAccount(organisationId, "Vietcombank Hà Tĩnh", "00110" + (100000 + id % 900000),
                    "CONG TY " + id);
        }
        scenario.completeOk(scenario.as("intake"), id, "intake", java.util.Map.of("outcome", "ACCEPT"));
        scenario.completeOk(scenario.as("reviewer"), id, "appraisal",
                java.util.Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", amountVnd));
        return id;
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the batch has no queued payment left, and returns it. */
    static JsonNode completedBatch(Api finance, long batchId) {
        JsonNode[] batch = new JsonNode[1];
        await("batch " + batchId + " to complete", Duration.ofSeconds(60), () -> {
            batch[0] = finance.get("/api/v1/payment-batches/" + batchId).body();
            return "COMPLETED".equals(batch[0].path("status").asString());
        });
        return batch[0];
    }
}
