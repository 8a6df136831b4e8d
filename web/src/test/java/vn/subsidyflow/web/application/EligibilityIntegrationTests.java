package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.TaxCodes;

/**
 * A support item's eligibility rules, loaded as data with its policy version, are checked when a
 * dossier is submitted: every unmet rule is named in one {@code 422 NOT_ELIGIBLE}, and nothing moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class EligibilityIntegrationTests {

    private static final List<String> DOCS = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE",
            "CERTIFICATE");

    @LocalServerPort
    int port;

    private String tag;
    /** For enterprises and cooperatives, micro or small, with head office in Hà Tĩnh; once in 3 years. */
    private String ruled;

    @BeforeEach
    void policyWithRules() {
        tag = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        ruled = tag + "-ISO";
        Map<String, Object> item = new HashMap<>();
        item.put("code", ruled);
        item.put("category", "MANAGEMENT_SYSTEM");
        item.put("nameVi", "Hạng mục " + ruled);
        item.put("nameEn", "Item " + ruled);
        item.put("ratePct", 50);
        item.put("capVnd", 50_000_000L);
        item.put("capUnit", "PER_APPLICATION");
        item.put("frequencyLimit", 1);
        item.put("frequencyYears", 3);
        item.put("applicantTypes", List.of("ENTERPRISE", "COOPERATIVE"));
        item.put("headOfficeInProvince", true);
        item.put("sizes", List.of("MICRO", "SMALL"));
        item.put("requiredDocuments", DOCS);
        item.put("completionDocuments", List.of("CERTIFICATE"));
        item.put("legalCitation", "Test article for " + ruled);
        Api.Response loaded = Api.as(port, "admin", "demo").post("/api/v1/policy-versions", Map.of("code", tag,
                "title", "Test policy " + tag, "citation", "Test resolution " + tag, "effectiveFrom", "2020-01-01",
                "totalVnd", 100_000_000_000L, "items", List.of(item)));
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
    }

    @Test
    void aBusinessThatMeetsEveryRuleFiles() {
        Api business = register("ENTERPRISE", "42", "SMALL");
        assertThat(submit(business, draftWithDocuments(business)).status()).isEqualTo(200);
    }

    @Test
    void eachUnmetRuleAloneIsNamed() {
        assertUnmet(register("HOUSEHOLD_BUSINESS", "42", "MICRO"), "APPLICANT_TYPE");
        assertUnmet(register("COOPERATIVE", "40", "MICRO"), "HEAD_OFFICE_IN_PROVINCE");
        assertUnmet(register("COOPERATIVE", null, "MICRO"), "HEAD_OFFICE_IN_PROVINCE");
        assertUnmet(register("ENTERPRISE", "42", "MEDIUM"), "ENTERPRISE_SIZE");
        assertUnmet(register("ENTERPRISE", "42", null), "ENTERPRISE_SIZE");
    }

    @Test
    void everyUnmetRuleIsNamedTogetherAndTheDossierStaysADraft() {
        Api business = register("HOUSEHOLD_BUSINESS", "40", "MEDIUM");
        long id = draftWithDocuments(business);
        Api.Response refused = submit(business, id);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(rules(refused)).containsExactly("APPLICANT_TYPE", "HEAD_OFFICE_IN_PROVINCE", "ENTERPRISE_SIZE");
        for (JsonNode rule : refused.body().path("unmet")) {
            assertThat(rule.path("message").asString()).isNotBlank();
        }
        assertThat(business.get("/api/v1/applications/" + id).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void aBusinessThatCorrectsItsProfileThenFiles() {
        Api business = register("COOPERATIVE", null, null);
        long id = draftWithDocuments(business);
        assertThat(rules(submit(business, id))).containsExactly("HEAD_OFFICE_IN_PROVINCE", "ENTERPRISE_SIZE");

        Api.Response changed = business.put("/api/v1/organisation/profile",
                Map.of("address", "Số 5 Nguyễn Du, TP Hà Tĩnh", "provinceCode", "42", "size", "MICRO"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("provinceCode")).isEqualTo("42");
        assertThat(changed.text("size")).isEqualTo("MICRO");
        assertThat(changed.text("address")).isEqualTo("Số 5 Nguyễn Du, TP Hà Tĩnh");
        assertThat(business.get("/api/v1/organisation").text("provinceCode")).isEqualTo("42");

        assertThat(submit(business, id).status()).isEqualTo(200);
    }

    @Test
    void aBusinessSupportedWithinTheItemsYearsIsRefusedAtSubmission() {
        Api business = register("ENTERPRISE", "42", "MICRO");
        long first = draftWithDocuments(business);
        assertThat(submit(business, first).status()).isEqualTo(200);
        complete("intake", first, "intake", Map.of("outcome", "ACCEPT"));
        complete("reviewer", first, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 5_000_000L));

        Api.Response refused = submit(business, draftWithDocuments(business));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("FREQUENCY_LIMIT");
    }

    @Test
    void registrationKeepsTheProvinceCodeBesideTheRawAddressAndRefusesABadOne() {
        Api business = register("ENTERPRISE", "42", "SMALL");
        JsonNode organisation = business.get("/api/v1/organisation").body();
        assertThat(organisation.path("provinceCode").asString()).isEqualTo("42");
        assertThat(organisation.path("size").asString()).isEqualTo("SMALL");
        assertThat(organisation.path("address").asString()).isEqualTo("Số 1 Trần Phú, TP Hà Tĩnh");

        Map<String, Object> bad = registration("HOUSEHOLD_BUSINESS", "4X", "SMALL");
        Api.Response refused = Api.anonymous(port).post("/api/v1/registrations", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("provinceCode");
        Map<String, Object> unknownSize = registration("ENTERPRISE", "42", "HUGE");
        assertThat(Api.anonymous(port).post("/api/v1/registrations", unknownSize).status()).isEqualTo(400);
    }

    private void assertUnmet(Api business, String rule) {
        Api.Response refused = submit(business, draftWithDocuments(business));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(rules(refused)).as(refused.toString()).containsExactly(rule);
    }

    private static List<String> rules(Api.Response refused) {
        List<String> rules = new ArrayList<>();
        refused.body().path("unmet").forEach(rule -> rules.add(rule.path("rule").asString()));
        return rules;
    }

    private Map<String, Object> registration(String type, String province, String size) {
        String username = "el" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "s3cret-pass",
                "email", username + "@example.vn", "taxCode", TaxCodes.fresh(), "organisationName", "Công ty " + username,
                "organisationType", type, "address", "Số 1 Trần Phú, TP Hà Tĩnh"));
        if (province != null) {
            body.put("provinceCode", province);
        }
        if (size != null) {
            body.put("size", size);
        }
        return body;
    }

    private Api register(String type, String province, String size) {
        Map<String, Object> body = registration(type, province, size);
        Api.Response registered = Api.anonymous(port).post("/api/v1/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return Api.as(port, (String) body.get("username"), "s3cret-pass");
    }

    private long draftWithDocuments(Api business) {
        Api.Response created = business.post("/api/v1/applications",
                Map.of("supportItemCode", ruled, "title", "ISO 9001", "eligibleCostVnd", 100_000_000L));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.number("id");
        for (String kind : DOCS) {
            Api.Response uploaded = business.upload("/api/v1/applications/" + id + "/documents", kind,
                    kind.toLowerCase() + ".pdf", "application/pdf", ("%PDF-1.4 " + kind).getBytes());
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        }
        return id;
    }

    private static Api.Response submit(Api business, long id) {
        return business.post("/api/v1/applications/" + id + "/submit", null);
    }

    private void complete(String user, long applicationId, String key, Map<String, Object> body) {
        Api staff = Api.as(port, user, "demo");
        Api.Response tasks = staff.get("/api/v1/tasks?applicationId=" + applicationId + "&key=" + key);
        String taskId = tasks.body().get(0).path("id").asString();
        Api.Response done = staff.post("/api/v1/tasks/" + taskId + "/complete", body);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }
}
