package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class ApplicationMapperTests extends MapperTestSupport {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00.123Z");

    @Autowired
    ApplicationMapper applications;
    @Autowired
    Rows rows;

    private long organisation;
    private SupportItem iso;

    @BeforeEach
    void organisationAndItem() {
        organisation = rows.organisation("Công ty Cửa Lò");
        iso = new SupportItem(rows.supportItem("ISO_9001"), rows.examplePolicy(), "NQ95-2022-EXAMPLE", "ISO_9001",
                Category.MANAGEMENT_SYSTEM, "ISO", "ISO", 50, 50_000_000L, "PER_APPLICATION", 1,
                List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE), "Test", true,
                LocalDate.of(2023, 1, 1), null);
    }

    @Test
    void aDossierIsInsertedReadBackAndUpdatedOnlyAtItsVersion() {
        Application draft = Application.draft(organisation, iso, "ISO 9001 cho nhà máy", 80_000_000L, "applicant1");
        applications.insert(draft);
        assertThat(draft.id()).isNotNull();

        Application read = applications.findById(draft.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(read.organisationId()).isEqualTo(organisation);
        assertThat(read.supportItemId()).isEqualTo(iso.id());
        assertThat(read.policyVersionId()).isEqualTo(iso.policyVersionId());
        assertThat(read.category()).isEqualTo(Category.MANAGEMENT_SYSTEM);
        assertThat(read.title()).isEqualTo("ISO 9001 cho nhà máy");
        assertThat(read.eligibleCostVnd()).isEqualTo(80_000_000L);
        assertThat(read.maxSupportVnd()).isEqualTo(40_000_000L);
        assertThat(read.createdBy()).isEqualTo("applicant1");
        assertThat(read.version()).isZero();
        assertThat(applications.findById(-1)).isEmpty();

        read.submit(NOW);
        read.accept();
        assertThat(applications.update(read)).isEqualTo(1);
        // The same copy again is stale: someone else's update won.
        assertThat(applications.update(read)).isZero();
        Application again = applications.findById(draft.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(ApplicationStatus.IN_APPRAISAL);
        assertThat(again.submittedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
        assertThat(again.version()).isEqualTo(1);

        assertThat(applications.findForUpdate(draft.id())).map(Application::version).contains(1);
        assertThat(applications.findForUpdate(-1)).isEmpty();
        assertThat(applications.lockOrganisation(organisation)).isEqualTo(organisation);
        assertThat(applications.lockOrganisation(-1)).isNull();
    }

    @Test
    void summariesHideDraftsFromStaffAndFilterByOrganisationStatusAndCategory() {
        long draft = rows.application(organisation, "DRAFT", null, null, null, 0);
        long submitted = rows.application(organisation, "SUBMITTED", null, null, null, 0);
        long paid = rows.application(organisation, "PAID", 2026, LocalDate.of(2026, 3, 1), 40_000_000L, 40_000_000);

        ApplicationFilter mine = new ApplicationFilter(organisation, null, null, 0, 10);
        assertThat(applications.findSummaries(mine, true)).extracting(ApplicationSummary::id).containsExactly(paid, submitted, draft);
        assertThat(applications.countSummaries(mine, true)).isEqualTo(3);
        assertThat(applications.findSummaries(mine, false)).extracting(ApplicationSummary::id).containsExactly(paid, submitted);
        assertThat(applications.countSummaries(mine, false)).isEqualTo(2);
        assertThat(applications.findSummaries(new ApplicationFilter(organisation, null, null, 1, 1), true))
                .extracting(ApplicationSummary::id).containsExactly(submitted);

        ApplicationFilter paidOnly = new ApplicationFilter(organisation, ApplicationStatus.PAID, Category.MANAGEMENT_SYSTEM, 0, 10);
        ApplicationSummary summary = applications.findSummaries(paidOnly, false).get(0);
        assertThat(summary.organisationName()).isEqualTo("Công ty Cửa Lò");
        assertThat(summary.approvedAmountVnd()).isEqualTo(40_000_000L);
        assertThat(summary.paidAmountVnd()).isEqualTo(40_000_000L);
        assertThat(applications.countSummaries(new ApplicationFilter(organisation, null,
                Category.CONFORMITY_CERTIFICATION, 0, 10), false)).isZero();
    }

    @Test
    void aDossierKeepsTheCertificatesOrProductsItClaimsFor() {
        SupportItem perProduct = new SupportItem(iso.id(), iso.policyVersionId(), iso.policyCode(), "ISO_9001",
                Category.MANAGEMENT_SYSTEM, "ISO", "ISO", 50, 10_000_000L, SupportItem.PER_PRODUCT, 0, List.of(), List.of(),
                "Test", true, iso.effectiveFrom(), null);
        Application draft = Application.draft(organisation, perProduct, "Bốn sản phẩm", 200_000_000L, 4, "applicant1");
        applications.insert(draft);

        Application read = applications.findById(draft.id()).orElseThrow();
        assertThat(read.unitCount()).isEqualTo(4);
        assertThat(read.maxSupportVnd()).isEqualTo(40_000_000L);
        read.submit(NOW);
        assertThat(applications.update(read)).isEqualTo(1);
        assertThat(applications.findById(draft.id()).orElseThrow().unitCount()).isEqualTo(4);
    }

    @Test
    void supportSubmittedBeforeTheFrequencyWindowIsNotCounted() {
        long recent = rows.application(organisation, "APPROVED", 2097, LocalDate.of(2097, 1, 5), 20_000_000L, 0);
        long old = rows.application(organisation, "PAID", 2090, LocalDate.of(2090, 1, 5), 20_000_000L, 20_000_000L);
        rows.jdbc().update("UPDATE application SET submitted_at = ? WHERE id = ?", java.sql.Timestamp.from(
                java.time.Instant.parse("2096-12-01T00:00:00Z")), recent);
        rows.jdbc().update("UPDATE application SET submitted_at = ? WHERE id = ?", java.sql.Timestamp.from(
                java.time.Instant.parse("2089-12-01T00:00:00Z")), old);

        assertThat(applications.countSupported(organisation, "ISO_9001", -1, null)).isEqualTo(2);
        assertThat(applications.countSupported(organisation, "ISO_9001", -1,
                java.time.Instant.parse("2094-01-01T00:00:00Z"))).isEqualTo(1);
        assertThat(applications.countSupported(organisation, "ISO_9001", -1,
                java.time.Instant.parse("2098-01-01T00:00:00Z"))).isZero();
    }

    @Test
    void theSearchFindsByNumberNameTaxCodeItemPolicyAndDaysAndSortsByAWhitelistedField() {
        long other = rows.organisation("Hợp tác xã 100%_Kỳ Anh");
        String taxCode = rows.jdbc().queryForObject("SELECT tax_code FROM organisation WHERE id = ?", String.class, other);
        long early = rows.application(other, "SUBMITTED", null, null, null, 0);
        long decided = rows.application(other, "APPROVED", 2026, LocalDate.of(2026, 4, 10), 30_000_000L, 0);
        long mine = rows.application(organisation, "SUBMITTED", null, null, null, 0);
        // 31 March 23:30 in Hà Tĩnh is still 31 March there, though already 16:30 UTC that day
        rows.jdbc().update("UPDATE application SET submitted_at = ? WHERE id = ?", "2026-03-31 16:30:00", early);
        rows.jdbc().update("UPDATE application SET submitted_at = ?, decision_number = '125/QĐ-SKHCN' WHERE id = ?",
                "2026-04-01 02:00:00", decided);
        rows.jdbc().update("UPDATE application SET submitted_at = ? WHERE id = ?", "2026-04-02 02:00:00", mine);

        assertThat(ids(search("100%_Kỳ", null, null, null, null, null, null, null))).containsExactly(decided, early);
        // the wildcards are taken literally: "100%" matches the name, "10_%" does not
        assertThat(ids(search("10_%", null, null, null, null, null, null, null))).doesNotContain(decided, early);
        assertThat(ids(search(String.valueOf(mine), null, null, null, null, null, null, null))).contains(mine);
        assertThat(ids(search(taxCode, null, null, null, null, null, null, null))).containsExactly(decided, early);
        assertThat(ids(search("125/QĐ", null, null, null, null, null, null, null))).contains(decided).doesNotContain(early);
        assertThat(ids(search(null, taxCode, "ISO_9001", "NQ95-2022-EXAMPLE", null, null, null, null)))
                .containsExactly(decided, early);
        assertThat(ids(search(null, taxCode, "VIETGAP", null, null, null, null, null))).isEmpty();
        assertThat(ids(search(null, taxCode, null, "NO_SUCH_POLICY", null, null, null, null))).isEmpty();
        assertThat(ids(search(null, taxCode, null, null, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), null, null)))
                .containsExactly(early);
        assertThat(ids(search(null, taxCode, null, null, LocalDate.of(2026, 4, 1), null, null, null))).containsExactly(decided);
        assertThat(ids(search(null, taxCode, null, null, null, null, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10))))
                .containsExactly(decided);
        assertThat(ids(search(null, taxCode, null, null, null, null, LocalDate.of(2026, 4, 11), null))).isEmpty();

        ApplicationFilter byFiling = new ApplicationFilter(null, null, null, null, taxCode, null, null, null, null, null,
                null, null, ApplicationSort.parse("filedAt,asc"), 0, 10);
        assertThat(ids(applications.findSummaries(byFiling, false))).containsExactly(early, decided);
        assertThat(applications.countSummaries(byFiling, false)).isEqualTo(2);
        assertThat(ids(applications.findSummaries(byFiling.page(1, 1), false))).containsExactly(decided);
        List<Long> streamed = new java.util.ArrayList<>();
        applications.streamSummaries(byFiling.page(1, 1), false, context -> streamed.add(context.getResultObject().id()));
        assertThat(streamed).as("an export ignores paging").containsExactly(early, decided);
        ApplicationSummary summary = applications.findSummaries(byFiling, false).get(1);
        assertThat(summary.taxCode()).isEqualTo(taxCode);
        assertThat(summary.policyCode()).isEqualTo("NQ95-2022-EXAMPLE");
        assertThat(summary.decisionNumber()).isEqualTo("125/QĐ-SKHCN");
        assertThat(summary.decisionDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    private List<ApplicationSummary> search(String query, String taxCode, String item, String policy, LocalDate filedFrom,
                                            LocalDate filedTo, LocalDate decidedFrom, LocalDate decidedTo) {
        ApplicationFilter filter = new ApplicationFilter(null, null, null, query, taxCode, item, policy, null, filedFrom,
                filedTo, decidedFrom, decidedTo, null, 0, 50);
        assertThat(applications.countSummaries(filter, false)).isEqualTo(applications.findSummaries(filter, false).size());
        return applications.findSummaries(filter, false);
    }

    private static List<Long> ids(List<ApplicationSummary> summaries) {
        return summaries.stream().map(ApplicationSummary::id).toList();
    }

    @Test
    void supportedWaitlistedAndCommittedDossiersAreFoundForTheRules() {
        long waitlisted = rows.application(organisation, "WAITLISTED", 2097, LocalDate.of(2097, 2, 1), 10_000_000L, 0);
        long approved = rows.application(organisation, "APPROVED", 2097, LocalDate.of(2097, 1, 5), 20_000_000L, 0);
        rows.application(organisation, "REJECTED", 2097, LocalDate.of(2097, 1, 6), null, 0);
        long line = rows.budgetLine(2097, "MANAGEMENT_SYSTEM", 100_000_000L, 20_000_000L, 0);
        rows.jdbc().update("UPDATE application SET budget_line_id = ? WHERE id = ?", line, approved);

        assertThat(applications.countSupported(organisation, "ISO_9001", -1, null)).isEqualTo(2);
        assertThat(applications.countSupported(organisation, "ISO_9001", approved, null)).isEqualTo(1);
        assertThat(applications.countSupported(organisation, "VIETGAP", -1, null)).isZero();

        long policy = rows.examplePolicy();
        assertThat(applications.findWaitlisted(policy, 2097, "MANAGEMENT_SYSTEM")).containsExactly(waitlisted);
        assertThat(applications.findWaitlisted(policy, 2097, "CONFORMITY_CERTIFICATION")).isEmpty();
        assertThat(applications.findWaitlistedInYear(2097, null)).containsExactly(waitlisted);
        assertThat(applications.findWaitlistedInYear(2097, policy)).containsExactly(waitlisted);
        assertThat(applications.findCommittedInYear(2097, null)).containsExactly(approved);
        assertThat(applications.findCommittedInYear(2097, policy)).containsExactly(approved);
        assertThat(applications.findCommittedInYear(2098, policy)).isEmpty();
    }

    @Test
    void documentsAreStoredWithTheirContentAndCounted() {
        long application = rows.application(organisation, "DRAFT", null, null, null, 0);
        byte[] pdf = "%PDF-1.4 hồ sơ".getBytes(StandardCharsets.UTF_8);
        GeneratedId key = new GeneratedId();
        ApplicationDocument form = new ApplicationDocument(null, application, DocumentKind.APPLICATION_FORM, "don.pdf",
                "application/pdf", pdf.length, "a".repeat(64), "applicant1", NOW);
        applications.insertDocument(form, pdf, key);
        GeneratedId second = new GeneratedId();
        applications.insertDocument(new ApplicationDocument(null, application, DocumentKind.INVOICE, "hd.pdf",
                "application/pdf", 3, "b".repeat(64), "applicant1", NOW), new byte[] {1, 2, 3}, second);

        ApplicationDocument stored = applications.findDocument(application, key.get()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(DocumentKind.APPLICATION_FORM);
        assertThat(stored.fileName()).isEqualTo("don.pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo("a".repeat(64));
        assertThat(applications.findDocument(application + 1, key.get())).isEmpty();
        assertThat(applications.findDocuments(application)).extracting(ApplicationDocument::id)
                .containsExactly(key.get(), second.get());
        assertThat(applications.findDocumentContent(key.get())).containsExactly(pdf);
        assertThat(applications.findDocumentContent(-1)).isEmpty();
        assertThat(applications.findDocumentKinds(application))
                .containsExactlyInAnyOrder(DocumentKind.APPLICATION_FORM, DocumentKind.INVOICE);
        assertThat(applications.findDocumentUsage(application)).isEqualTo(new DocumentUsage(2, pdf.length + 3));
        assertThat(applications.findDocumentUsage(-1)).isEqualTo(new DocumentUsage(0, 0));
    }
}
