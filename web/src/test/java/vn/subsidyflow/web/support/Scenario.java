package vn.subsidyflow.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.catalog.Category;

/**
 * An isolated world for one test: its own policy version (item codes prefixed with a fresh tag),
 * its own budget lines for the current fiscal year, its own applicant businesses. Tests share one
 * database and never see each other's money.
 */
public final class Scenario {

    public static final String PASSWORD = "demo";
    public static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    private final int port;
    public final String tag;
    public final String iso;
    public final String tcvn;
    public final String trademark;
    private final Map<Category, Long> lines = new EnumMap<>(Category.class);

    private Scenario(int port) {
        this.port = port;
        this.tag = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        this.iso = tag + "-ISO";
        this.tcvn = tag + "-TCVN";
        this.trademark = tag + "-TM";
    }

    /** A policy version with one item per category, and lines with these allocations (0 = no line). */
    public static Scenario create(int port, long managementSystemVnd, long conformityVnd, long intellectualPropertyVnd) {
        Scenario s = new Scenario(port);
        List<String> fileDocs = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
        List<String> ipDocs = List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "IP_FILING", "INVOICE");
        Map<String, Object> version = Map.of(
                "code", s.tag, "title", "Test policy " + s.tag, "citation", "Test resolution " + s.tag,
                "effectiveFrom", "2020-01-01", "totalVnd", 100_000_000_000L,
                "items", List.of(
                        item(s.iso, "MANAGEMENT_SYSTEM", 50, 50_000_000L, "PER_APPLICATION", 1, fileDocs, List.of("CERTIFICATE")),
                        item(s.tcvn, "CONFORMITY_CERTIFICATION", 50, 20_000_000L, "PER_PRODUCT", 0, fileDocs, List.of("CERTIFICATE")),
                        item(s.trademark, "INTELLECTUAL_PROPERTY", 100, 15_000_000L, "PER_CERTIFICATE", 0, ipDocs,
                                List.of("IP_CERTIFICATE"))));
        Api.Response loaded = s.as("admin").post("/api/v1/policy-versions", version);
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
        s.allocate(Category.MANAGEMENT_SYSTEM, managementSystemVnd);
        s.allocate(Category.CONFORMITY_CERTIFICATION, conformityVnd);
        s.allocate(Category.INTELLECTUAL_PROPERTY, intellectualPropertyVnd);
        return s;
    }

    private static Map<String, Object> item(String code, String category, int rate, long cap, String unit, int frequency,
                                            List<String> required, List<String> completion) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("category", category);
        item.put("nameVi", "Hạng mục " + code);
        item.put("nameEn", "Item " + code);
        item.put("ratePct", rate);
        item.put("capVnd", cap);
        item.put("capUnit", unit);
        item.put("frequencyLimit", frequency);
        item.put("requiredDocuments", required);
        item.put("completionDocuments", completion);
        item.put("legalCitation", "Test article for " + code);
        return item;
    }

    private void allocate(Category category, long amountVnd) {
        if (amountVnd <= 0) {
            return;
        }
        Api.Response line = as("finance").post("/api/v1/budget/lines", Map.of("fiscalYear", YEAR, "category", category.name(),
                "allocatedVnd", amountVnd, "policyCode", tag, "reason", "Test allocation"));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        lines.put(category, line.number("id"));
    }

    /** The line this scenario allocated for the category. */
    public long lineId(Category category) {
        return lines.get(category);
    }

    /** The line's balances as GET /api/v1/budget shows them. */
    public JsonNode line(Category category) {
        JsonNode budget = as("finance").get("/api/v1/budget?fiscalYear=" + YEAR).body();
        for (JsonNode line : budget.path("lines")) {
            if (line.path("id").asLong() == lineId(category)) {
                return line;
            }
        }
        throw new AssertionError("No line " + lineId(category) + " in " + budget);
    }

    public Api as(String username) {
        return Api.as(port, username, PASSWORD);
    }

    public Api anonymous() {
        return Api.anonymous(port);
    }

    /** Signs up a new business with a bank account on file (support is paid into it); returns its client. */
    public Api newApplicant() {
        Api applicant = newApplicantWithoutBankAccount();
        Api.Response account = applicant.put("/api/v1/organisation/bank-account", Map.of("bankName", "Vietcombank Hà Tĩnh",
                "accountNumber", "0011" + (System.nanoTime() % 1_000_000_000L + 1_000_000_000L), "accountName", "CONG TY TEST"));
        assertThat(account.status()).as(account.toString()).isEqualTo(200);
        return applicant;
    }

    /** Signs up a new business with no bank account on file and returns its signed-in client. */
    public Api newApplicantWithoutBankAccount() {
        String username = "biz" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Api.Response registered = anonymous().post("/api/v1/registrations", Map.of("username", username,
                "password", "s3cret-pass", "email", username + "@example.vn", "taxCode", TaxCodes.fresh(),
                "organisationName", "Công ty " + username, "organisationType", "ENTERPRISE",
                "address", "Hà Tĩnh"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return Api.as(port, username, "s3cret-pass");
    }

    /** Creates a draft dossier. */
    public long draft(Api applicant, String itemCode, long eligibleCostVnd) {
        Api.Response created = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", itemCode, "title", "Dossier for " + itemCode, "eligibleCostVnd", eligibleCostVnd));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.number("id");
    }

    public void upload(Api applicant, long applicationId, String... kinds) {
        for (String kind : kinds) {
            Api.Response uploaded = applicant.upload("/api/v1/applications/" + applicationId + "/documents", kind,
                    kind.toLowerCase() + ".pdf", "application/pdf", ("%PDF-1.4 " + kind).getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        }
    }

    /** Drafts, attaches every required document and submits: the dossier is SUBMITTED. */
    public long file(Api applicant, String itemCode, long eligibleCostVnd) {
        long id = draft(applicant, itemCode, eligibleCostVnd);
        if (itemCode.equals(trademark)) {
            upload(applicant, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "IP_FILING", "INVOICE");
        } else {
            upload(applicant, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
        }
        Api.Response submitted = applicant.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        return id;
    }

    /** The id of the open task {@code key} of the dossier in the user's inbox. */
    public String taskId(Api user, long applicationId, String key) {
        Api.Response tasks = user.get("/api/v1/tasks?applicationId=" + applicationId + "&key=" + key);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        assertThat(tasks.body().size()).as("open '" + key + "' task of dossier " + applicationId + ": " + tasks).isEqualTo(1);
        return tasks.body().get(0).path("id").asString();
    }

    /** Completes the dossier's open task {@code key} as {@code user}. */
    public Api.Response complete(Api user, long applicationId, String key, Map<String, Object> body) {
        return user.post("/api/v1/tasks/" + taskId(user, applicationId, key) + "/complete", body);
    }

    /** Completes and insists it worked; returns the dossier after. */
    public JsonNode completeOk(Api user, long applicationId, String key, Map<String, Object> body) {
        Api.Response response = complete(user, applicationId, key, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    /** Walks a submitted dossier through intake, appraisal (amount) and decision. */
    public JsonNode approve(long applicationId, long amountVnd) {
        completeOk(as("intake"), applicationId, "intake", Map.of("outcome", "ACCEPT"));
        completeOk(as("reviewer"), applicationId, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", amountVnd));
        return completeOk(as("approver"), applicationId, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", applicationId + "/QĐ-SKHCN"));
    }
}
