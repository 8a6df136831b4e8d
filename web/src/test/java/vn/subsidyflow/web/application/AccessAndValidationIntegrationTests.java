package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccessAndValidationIntegrationTests {

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
    }

    @Test
    void shouldHideOneBusinesssDossiersDocumentsAndTasksFromAnother() {
        Api owner = scenario.newApplicant();
        Api other = scenario.newApplicant();
        long id = scenario.file(owner, scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Invoice"));
        String supplementTask = scenario.taskId(owner, id, "supplement");

        assertThat(other.get("/api/v1/applications/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/applications/" + id).code()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(other.get("/api/v1/applications/" + id + "/documents").status()).isEqualTo(404);
        assertThat(other.upload("/api/v1/applications/" + id + "/documents", "INVOICE", "x.pdf", "application/pdf",
                "%PDF".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/applications/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/tasks/" + supplementTask).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/tasks/" + supplementTask + "/complete", Map.of("outcome", "SUBMIT")).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/applications").body().toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(other.get("/api/v1/tasks").body().size()).isZero();
        assertThat(scenario.as("reviewer").post("/api/v1/tasks/" + supplementTask + "/complete",
                Map.of("outcome", "SUBMIT")).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/applications/" + id).text("status")).isEqualTo("SUPPLEMENT_REQUESTED");
    }

    @Test
    void shouldValidateRegistrations() {
        Api anonymous = scenario.anonymous();
        Map<String, Object> registration = new HashMap<>(Map.of("username", "biz-" + System.nanoTime(), "password", "s3cret-pass",
                "email", "a@b.vn", "taxCode", "0100233487", "organisationName", "Công ty A", "organisationType", "ENTERPRISE",
                "address", "Hà Tĩnh"));
        Api.Response badTaxCode = anonymous.post("/api/v1/registrations", registration);
        assertThat(badTaxCode.status()).isEqualTo(422);
        assertThat(badTaxCode.code()).isEqualTo("INVALID_TAX_CODE");
        assertThat(badTaxCode.header("Content-Type")).startsWith("application/problem+json");

        registration.put("taxCode", TaxCodes.fresh());
        assertThat(anonymous.post("/api/v1/registrations", registration).status()).isEqualTo(201);
        Api.Response sameUser = anonymous.post("/api/v1/registrations", registration);
        assertThat(sameUser.status()).isEqualTo(409);
        assertThat(sameUser.code()).isEqualTo("USERNAME_TAKEN");
        registration.put("username", "other-" + System.nanoTime());
        Api.Response sameTaxCode = anonymous.post("/api/v1/registrations", registration);
        assertThat(sameTaxCode.status()).isEqualTo(409);
        assertThat(sameTaxCode.code()).isEqualTo("TAX_CODE_TAKEN");

        registration.put("taxCode", TaxCodes.fresh());
        registration.put("organisationType", "PARTNERSHIP");
        assertThat(anonymous.post("/api/v1/registrations", registration).code()).isEqualTo("MALFORMED_REQUEST");
        registration.put("organisationType", "ENTERPRISE");
        registration.put("email", "not-an-email");
        Api.Response badEmail = anonymous.post("/api/v1/registrations", registration);
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.body().path("field").asString()).isEqualTo("email");
        assertThat(anonymous.postRaw("/api/v1/registrations", "application/json", "{not json").code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void shouldRefuseBadDossierInputWithAClearProblemAndWriteNothing() {
        Api applicant = scenario.newApplicant();
        Api.Response unknownItem = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", "NO_SUCH_ITEM", "title", "x", "eligibleCostVnd", 1_000_000L));
        assertThat(unknownItem.status()).isEqualTo(422);
        assertThat(unknownItem.code()).isEqualTo("UNKNOWN_SUPPORT_ITEM");
        Api.Response negativeCost = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", "x", "eligibleCostVnd", -1L));
        assertThat(negativeCost.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(applicant.post("/api/v1/applications", Map.of("supportItemCode", scenario.iso, "title", "x",
                "eligibleCostVnd", "12.5")).status()).isEqualTo(400);
        assertThat(applicant.get("/api/v1/applications").body().size()).isZero();

        long id = scenario.draft(applicant, scenario.iso, 40_000_000L);
        scenario.upload(applicant, id, "APPLICATION_FORM", "INVOICE");
        Api.Response missing = applicant.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("MISSING_DOCUMENTS");
        assertThat(missing.body().path("missingDocuments").toString()).contains("BUSINESS_REGISTRATION", "CONTRACT", "CERTIFICATE")
                .doesNotContain("INVOICE");
        assertThat(applicant.get("/api/v1/applications/" + id).text("status")).isEqualTo("DRAFT");

        Api.Response wrongType = applicant.upload("/api/v1/applications/" + id + "/documents", "CONTRACT", "run.sh",
                "application/x-sh", "#!/bin/sh".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        Api.Response wrongKind = applicant.upload("/api/v1/applications/" + id + "/documents", "PASSPORT", "p.pdf",
                "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongKind.code()).isEqualTo("INVALID_DOCUMENT_KIND");
        assertThat(applicant.get("/api/v1/applications/" + id + "/documents").body().size()).isEqualTo(2);

        scenario.upload(applicant, id, "BUSINESS_REGISTRATION", "CONTRACT", "CERTIFICATE");
        assertThat(applicant.post("/api/v1/applications/" + id + "/submit", null).status()).isEqualTo(200);
        Api.Response twice = applicant.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("DOSSIER_NOT_IN_STATE");
    }

    @Test
    void shouldLetAnApplicantRecordItsBankAccountAndAuditTheChange() {
        Api applicant = scenario.newApplicantWithoutBankAccount();
        Api.Response bad = applicant.put("/api/v1/organisation/bank-account",
                Map.of("bankName", "BIDV", "accountNumber", "12ab", "accountName", "CONG TY A"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.code()).isEqualTo("INVALID_BANK_ACCOUNT");
        assertThat(applicant.get("/api/v1/organisation").body().path("bankAccountNumber").isNull()).isTrue();

        Api.Response saved = applicant.put("/api/v1/organisation/bank-account",
                Map.of("bankName", "BIDV Hà Tĩnh", "accountNumber", "52010001234567", "accountName", "CONG TY A"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.text("bankAccountNumber")).isEqualTo("52010001234567");
        assertThat(applicant.get("/api/v1/organisation").text("bankName")).isEqualTo("BIDV Hà Tĩnh");

        Api.Response byStaff = scenario.as("finance").put("/api/v1/organisation/bank-account",
                Map.of("bankName", "X", "accountNumber", "123456", "accountName", "Y"));
        assertThat(byStaff.status()).isEqualTo(403);
    }

    @Test
    void shouldKeepStaffAndStrangersOutOfWhatTheyMayNotDo() {
        assertThat(scenario.anonymous().get("/api/v1/applications").status()).isEqualTo(401);
        assertThat(scenario.anonymous().get("/api/v1/applications").code()).isEqualTo("UNAUTHENTICATED");
        assertThat(Api.as(port, "intake", "wrong").get("/api/v1/tasks").status()).isEqualTo(401);
        Api.Response staffFiling = scenario.as("intake").post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", "x", "eligibleCostVnd", 1_000_000L));
        assertThat(staffFiling.status()).isEqualTo(403);
        assertThat(scenario.anonymous().get("/api/v1/support-items").status()).isEqualTo(200);
        assertThat(scenario.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }
}
