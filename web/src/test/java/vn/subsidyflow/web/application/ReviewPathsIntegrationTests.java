package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReviewPathsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    Scenario scenario;
    Api applicant;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
        applicant = scenario.newApplicant();
    }

    @Test
    void shouldLoopThroughOneSupplementRequestAndGoOn() {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        Api intake = scenario.as("intake");

        Api.Response noReasons = scenario.complete(intake, id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT"));
        assertThat(noReasons.status()).isEqualTo(422);
        assertThat(noReasons.code()).isEqualTo("MISSING_COMMENT");

        JsonNode waiting = scenario.completeOk(intake, id, "intake",
                Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Hoá đơn bản gốc; hợp đồng tư vấn có chữ ký"));
        assertThat(waiting.path("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(applicant.get("/api/v1/applications/" + id).text("supplementRequest")).contains("Hoá đơn");
        JsonNode supplementTask = applicant.get("/api/v1/tasks?applicationId=" + id).body().get(0);
        assertThat(supplementTask.path("key").asString()).isEqualTo("supplement");

        scenario.upload(applicant, id, "INVOICE");
        JsonNode resubmitted = scenario.completeOk(applicant, id, "supplement", Map.of("outcome", "SUBMIT"));
        assertThat(resubmitted.path("status").asString()).isEqualTo("SUBMITTED");

        Api.Response secondRequest = scenario.complete(intake, id, "intake",
                Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "More"));
        assertThat(secondRequest.status()).isEqualTo(409);
        assertThat(secondRequest.code()).isEqualTo("SUPPLEMENT_ALREADY_REQUESTED");

        assertThat(scenario.completeOk(intake, id, "intake", Map.of("outcome", "ACCEPT")).path("status").asString())
                .isEqualTo("IN_APPRAISAL");
    }

    @Test
    void shouldLapseWhenTheSupplementDeadlinePasses() throws InterruptedException {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Invoice"));
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        Job timer = management.createTimerJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate()).isAfter(new java.util.Date());

        // Time travel: make the deadline due now; the application's own job executor runs it.
        management.moveTimerToExecutableJob(timer.getId());
        String status = null;
        for (int i = 0; i < 600 && !"LAPSED".equals(status); i++) {
            status = applicant.get("/api/v1/applications/" + id).text("status");
            Thread.sleep(100);
        }
        assertThat(status).isEqualTo("LAPSED");
        assertThat(applicant.get("/api/v1/tasks?applicationId=" + id).body().size()).isZero();
        assertThat(applicant.get("/api/v1/applications/" + id).body().path("history").toString()).contains("LAPSED");
    }

    @Test
    void shouldLetOneReviewerClaimATaskSoAnotherCannotActOnIt() {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        Api reviewer = scenario.as("reviewer");
        Api deputy = scenario.as("deputy");
        String task = scenario.taskId(reviewer, id, "appraisal");

        Api.Response claimed = reviewer.post("/api/v1/tasks/" + task + "/claim", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.text("assignee")).isEqualTo("reviewer");
        Api.Response hidden = deputy.get("/api/v1/tasks?applicationId=" + id);
        assertThat(hidden.body().size()).isZero();
        assertThat(hidden.header("X-Total-Count")).isEqualTo("0");
        Api.Response own = reviewer.get("/api/v1/tasks?applicationId=" + id);
        assertThat(own.body().size()).isEqualTo(1);
        assertThat(own.header("X-Total-Count")).isEqualTo("1");
        assertThat(reviewer.get("/api/v1/tasks?applicationId=" + id + "&offset=5").header("X-Total-Count")).isEqualTo("1");
        // A full page is counted; a short last page is its own total.
        Api.Response firstOfMany = reviewer.get("/api/v1/tasks?limit=1");
        long total = Long.parseLong(firstOfMany.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(reviewer.get("/api/v1/tasks?limit=200&offset=" + (total - 1)).header("X-Total-Count"))
                .isEqualTo(String.valueOf(total));
        assertThat(deputy.post("/api/v1/tasks/" + task + "/claim", null).code()).isEqualTo("TASK_CLAIMED");
        Api.Response byOther = deputy.post("/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 10_000_000L));
        assertThat(byOther.status()).isEqualTo(409);
        assertThat(byOther.code()).isEqualTo("TASK_CLAIMED");
        assertThat(reviewer.get("/api/v1/tasks?mine=true").body().toString()).contains(task);

        assertThat(reviewer.post("/api/v1/tasks/" + task + "/unclaim", null).status()).isEqualTo(200);
        assertThat(scenario.taskId(deputy, id, "appraisal")).isEqualTo(task);
    }

    @Test
    void shouldRefuseAtIntakeWithReasons() {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        JsonNode refused = scenario.completeOk(scenario.as("intake"), id, "intake",
                Map.of("outcome", "REFUSE", "comment", "Trụ sở chính không ở Hà Tĩnh"));
        assertThat(refused.path("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.path("closingReason").asString()).contains("Hà Tĩnh");
        assertThat(scenario.as("reviewer").get("/api/v1/tasks?applicationId=" + id).body().size()).isZero();
    }

    @Test
    void shouldReturnToAppraisalAndThenRejectOnTheApproversWord() {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        scenario.completeOk(scenario.as("reviewer"), id, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_000_000L));

        JsonNode returned = scenario.completeOk(scenario.as("approver"), id, "decision",
                Map.of("outcome", "RETURN", "comment", "Check the consulting contract"));
        assertThat(returned.path("status").asString()).isEqualTo("IN_APPRAISAL");

        scenario.completeOk(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_REJECTION", "comment", "Costs are not eligible"));
        Api approver = scenario.as("approver");
        Api.Response approveARejection = scenario.complete(approver, id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", "9/QĐ"));
        assertThat(approveARejection.status()).isEqualTo(409);
        assertThat(approveARejection.code()).isEqualTo("NO_RECOMMENDED_AMOUNT");

        JsonNode rejected = scenario.completeOk(approver, id, "decision", Map.of("outcome", "REJECT", "comment", "Not eligible"));
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isZero();
    }

    @Test
    void shouldNotLetTheAppraiserDecideEvenWhenHoldingBothRoles() {
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        Api deputy = scenario.as("deputy");
        scenario.completeOk(deputy, id, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_000_000L));

        Api.Response decided = scenario.complete(deputy, id, "decision", Map.of("outcome", "APPROVE", "decisionNumber", "1/QĐ"));

        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.code()).isEqualTo("FOUR_EYES_VIOLATION");
        assertThat(deputy.get("/api/v1/applications/" + id).text("status")).isEqualTo("AWAITING_DECISION");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isZero();
        assertThat(scenario.completeOk(scenario.as("approver"), id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", "1/QĐ")).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void shouldRefuseAnAmountAboveTheMaximumAndTheFrequencyLimitLeavingTheDossierAsItWas() {
        long first = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), first, "intake", Map.of("outcome", "ACCEPT"));
        // Filed while the first is still in appraisal, so submission's eligibility check lets it in:
        // the appraisal is where two dossiers filed side by side meet the limit.
        long second = scenario.file(applicant, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), second, "intake", Map.of("outcome", "ACCEPT"));
        Api reviewer = scenario.as("reviewer");

        Api.Response tooMuch = scenario.complete(reviewer, first, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_001_000L));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
        assertThat(tooMuch.body().path("maxSupportVnd").asLong()).isEqualTo(20_000_000L);
        assertThat(reviewer.get("/api/v1/applications/" + first).text("status")).isEqualTo("IN_APPRAISAL");

        Api.Response unknownOutcome = scenario.complete(reviewer, first, "appraisal", Map.of("outcome", "APPROVE"));
        assertThat(unknownOutcome.status()).isEqualTo(422);
        assertThat(unknownOutcome.code()).isEqualTo("INVALID_OUTCOME");

        scenario.completeOk(reviewer, first, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_000_000L));
        Api.Response again = scenario.complete(reviewer, second, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 10_000_000L));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("FREQUENCY_LIMIT_REACHED");
    }
}
