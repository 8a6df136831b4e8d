package vn.subsidyflow.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.MovableClock;
import vn.subsidyflow.web.support.Scenario;


/**
 * One resolution hands over to the next, over real HTTP: an administrator copies the version in
 * force, edits and publishes the copy, and closes the old one. A dossier is pinned to the version in
 * force on its filing day, and one filed under the old version is decided and paid under it after
 * the boundary. The clock is moved to the far future, where no other test files anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MovableClock.Configuration.class)
class PolicyTransitionIntegrationTests {

    @Autowired
    MovableClock clock;

    private static final List<String> DOCS = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");

    @LocalServerPort
    int port;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void shouldPinEachDossierToTheVersionInForceOnItsFilingDayAndDecideTheOldOnesUnderTheOldVersion() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api admin = s.as("admin");
        String oldCode = s.tag + "-OLD";
        String newCode = s.tag + "-NEW";
        String item = s.tag + "-Q";

        Map<String, Object> old = Map.of("code", oldCode, "title", "Old " + oldCode, "citation", "NQ 1/2089", "effectiveFrom", "2090-01-01",
                "totalVnd", 10_000_000_000L, "items", List.of(item(item, 50, 50_000_000L, "NQ 1/2089, Điều 2")));
        assertThat(admin.post("/api/v1/policy-versions", old).status()).isEqualTo(201);

        Api.Response copy = admin.post("/api/v1/policy-versions/" + oldCode + "/copies",
                Map.of("newCode", newCode, "name", "New " + newCode, "effectiveFrom", "2091-01-01"));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(copy.text("status")).isEqualTo("DRAFT");
        assertThat(copy.header("Location")).endsWith("/api/v1/policy-versions/" + newCode);
        assertThat(policyOf(s, item, "2091-06-01")).as("a draft is on no list").isEqualTo(oldCode);

        Api.Response uncited = admin.put("/api/v1/policy-versions/" + newCode + "/items/" + item, item(item, 70, 80_000_000L, ""));
        assertThat(uncited.status()).as(uncited.toString()).isEqualTo(200);
        Api.Response refused = admin.post("/api/v1/policy-versions/" + newCode + "/publication", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MISSING_CITATION");
        assertThat(refused.body().path("items").get(0).asString()).isEqualTo(item);
        assertThat(admin.put("/api/v1/policy-versions/" + newCode + "/items/" + item, item(item, 70, 80_000_000L, "NQ 2/2090, Điều 2"))
                .status()).isEqualTo(200);
        Api.Response published = admin.post("/api/v1/policy-versions/" + newCode + "/publication", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("IN_FORCE");
        Api.Response lateEdit = admin.put("/api/v1/policy-versions/" + newCode + "/items/" + item, item(item, 90, 1L, "x"));
        assertThat(lateEdit.status()).isEqualTo(409);
        assertThat(lateEdit.code()).isEqualTo("POLICY_VERSION_NOT_DRAFT");

        Api.Response closed = admin.post("/api/v1/policy-versions/" + oldCode + "/closure", Map.of("effectiveTo", "2090-12-31"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(admin.post("/api/v1/policy-versions/" + oldCode + "/closure", Map.of("effectiveTo", "2090-12-30")).code())
                .isEqualTo("POLICY_VERSION_NOT_IN_FORCE");
        assertThat(policyOf(s, item, "2090-12-31")).isEqualTo(oldCode);
        assertThat(policyOf(s, item, "2091-01-01")).isEqualTo(newCode);

        long oldLine2091 = line(s, oldCode, 2091);
        long newLine2091 = line(s, newCode, 2091);

        // Filed on the last day of the old version, and a draft of that day filed after the boundary.
        clock.set(Instant.parse("2090-12-31T03:00:00Z"));
        Api before = s.newApplicant();
        long filedBefore = file(s, before, item);
        Api late = s.newApplicant();
        long draftedBefore = s.draft(late, item, 120_000_000L);
        s.upload(late, draftedBefore, DOCS.toArray(String[]::new));
        assertThat(late.get("/api/v1/applications/" + draftedBefore).number("maxSupportVnd")).isEqualTo(50_000_000L);

        clock.set(Instant.parse("2091-01-02T03:00:00Z"));
        Api.Response submitted = late.post("/api/v1/applications/" + draftedBefore + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.number("maxSupportVnd")).as("pinned on its filing day: 70 % of 120 M, capped at 80 M").isEqualTo(80_000_000L);
        long filedAfter = file(s, s.newApplicant(), item);
        assertThat(s.as("applicant1").get("/api/v1/applications/" + filedAfter).status()).isEqualTo(404);

        JsonNode old1 = before.get("/api/v1/applications/" + filedBefore).body();
        assertThat(old1.path("maxSupportVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(old1.path("history").toString()).contains("Pinned to policy " + oldCode);

        // Decided after the boundary, still under the old version: its maximum, its programme's line.
        s.completeOk(s.as("intake"), filedBefore, "intake", Map.of("outcome", "ACCEPT"));
        Api.Response above = s.complete(s.as("reviewer"), filedBefore, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 60_000_000L));
        assertThat(above.code()).as("above the old version's cap").isEqualTo("AMOUNT_ABOVE_MAXIMUM");
        s.completeOk(s.as("reviewer"), filedBefore, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 50_000_000L));
        JsonNode decided = s.completeOk(s.as("approver"), filedBefore, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", filedBefore + "/QĐ-SKHCN"));
        assertThat(decided.path("decisionDate").asString()).isEqualTo("2091-01-02");
        assertThat(decided.path("fiscalYear").asInt()).isEqualTo(2091);
        s.completeOk(s.as("finance"), filedBefore, "payment", Map.of("outcome", "PAY", "paymentReference", "KBNN-" + filedBefore));
        assertThat(before.get("/api/v1/applications/" + filedBefore).text("status")).isEqualTo("PAID");
        assertThat(balance(s, oldLine2091, "disbursedVnd")).isEqualTo(50_000_000L);
        assertThat(balance(s, newLine2091, "disbursedVnd") + balance(s, newLine2091, "committedVnd")).isZero();
    }

    private static long file(Scenario s, Api applicant, String item) {
        long id = s.draft(applicant, item, 120_000_000L);
        s.upload(applicant, id, DOCS.toArray(String[]::new));
        Api.Response submitted = applicant.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    private static String policyOf(Scenario s, String item, String day) {
        Api.Response items = s.anonymous().get("/api/v1/support-items?on=" + day);
        assertThat(items.status()).as(items.toString()).isEqualTo(200);
        String found = null;
        for (JsonNode i : items.body()) {
            if (i.path("code").asString().equals(item)) {
                assertThat(found).as("one " + item + " on the list of " + day).isNull();
                found = i.path("policyCode").asString();
            }
        }
        return found;
    }

    private static long line(Scenario s, String policyCode, int year) {
        Api.Response line = s.as("finance").post("/api/v1/budget/lines", Map.of("fiscalYear", year, "category", "MANAGEMENT_SYSTEM",
                "allocatedVnd", 500_000_000L, "policyCode", policyCode, "reason", "Transition test", "documentRef", "QĐ 1/" + year));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        return line.number("id");
    }

    private static long balance(Scenario s, long lineId, String field) {
        for (JsonNode line : s.as("finance").get("/api/v1/budget?fiscalYear=2091").body().path("lines")) {
            if (line.path("id").asLong() == lineId) {
                return line.path(field).asLong();
            }
        }
        throw new AssertionError("No line " + lineId);
    }

    private static Map<String, Object> item(String code, int rate, long cap, String citation) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("category", "MANAGEMENT_SYSTEM");
        item.put("nameVi", "Hạng mục " + code);
        item.put("nameEn", "Item " + code);
        item.put("ratePct", rate);
        item.put("capVnd", cap);
        item.put("capUnit", "PER_APPLICATION");
        item.put("frequencyLimit", 0);
        item.put("requiredDocuments", DOCS);
        item.put("completionDocuments", List.of("CERTIFICATE"));
        item.put("legalCitation", citation);
        return item;
    }
}
