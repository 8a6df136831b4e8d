package vn.subsidyflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.database.MapperTestSupport;

class CatalogMapperTests extends MapperTestSupport {

    @Autowired
    CatalogMapper catalog;

    @Test
    void theExamplePolicyLoadedByTheMigrationsIsReadInForceWithItsDocumentLists() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        List<SupportItem> inForce = catalog.findInForce(day);
        assertThat(inForce).extracting(SupportItem::code).contains("ISO_9001", "TCVN_CONFORMITY");
        SupportItem iso = catalog.findInForceByCode("ISO_9001", day).orElseThrow();
        assertThat(iso.category()).isEqualTo(Category.MANAGEMENT_SYSTEM);
        assertThat(iso.ratePct()).isEqualTo(50);
        assertThat(iso.capVnd()).isEqualTo(50_000_000L);
        assertThat(iso.requiredDocuments()).containsExactly(DocumentKind.APPLICATION_FORM, DocumentKind.BUSINESS_REGISTRATION,
                DocumentKind.CONTRACT, DocumentKind.INVOICE, DocumentKind.CERTIFICATE);
        assertThat(iso.completionDocuments()).containsExactly(DocumentKind.CERTIFICATE);
        assertThat(catalog.findInForceByCode("ISO_9001", LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(catalog.findById(iso.id())).contains(iso);
        assertThat(catalog.findById(-1)).isEmpty();
        assertThat(catalog.findAll()).contains(iso);
        assertThat(catalog.findVersions()).extracting(PolicyVersion::code).contains("NQ95-2022-EXAMPLE");
        assertThat(catalog.findVersionByCode("NQ95-2022-EXAMPLE")).isPresent();
        assertThat(catalog.findVersionByCode("NO-SUCH-POLICY")).isEmpty();
    }

    @Test
    void aNewVersionAndItsItemsAreWrittenAndTakeOverFromTheirEffectiveDay() {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.of(2090, 1, 1);
        catalog.insertVersion(new PolicyVersionDraft(code, "Chính sách mới", "NQ 1/2090", from, null, 9_000_000_000L, List.of()));
        long versionId = catalog.lastInsertId();
        catalog.insertItem(versionId, new PolicyVersionDraft.Item("ISO_9001", Category.MANAGEMENT_SYSTEM, "ISO 9001 mới",
                "New ISO 9001", 70, 80_000_000L, "PER_APPLICATION", 2, List.of(DocumentKind.APPLICATION_FORM),
                List.of(), "NQ 1/2090, Điều 3"));

        PolicyVersion version = catalog.findVersionByCode(code).orElseThrow();
        assertThat(version.id()).isEqualTo(versionId);
        assertThat(version.totalVnd()).isEqualTo(9_000_000_000L);
        SupportItem item = catalog.findInForceByCode("ISO_9001", from).orElseThrow();
        assertThat(item.policyCode()).isEqualTo(code);
        assertThat(item.ratePct()).isEqualTo(70);
        assertThat(item.frequencyLimit()).isEqualTo(2);
        assertThat(item.requiredDocuments()).containsExactly(DocumentKind.APPLICATION_FORM);
        assertThat(item.completionDocuments()).isEmpty();
        assertThat(catalog.findInForceByCode("ISO_9001", from.minusDays(1)).orElseThrow().policyCode()).isNotEqualTo(code);
    }

    @Test
    void theTwoExampleVersionsHandOverOnTheFirstDayOf2023() {
        SupportItem before = catalog.findInForceByCode("ISO_9001", LocalDate.of(2022, 12, 31)).orElseThrow();
        SupportItem after = catalog.findInForceByCode("ISO_9001", LocalDate.of(2023, 1, 1)).orElseThrow();
        assertThat(before.policyCode()).isEqualTo("NQ215-2020-EXAMPLE");
        assertThat(before.example()).isTrue();
        assertThat(after.policyCode()).isEqualTo("NQ95-2022-EXAMPLE");
        assertThat(catalog.findInForce(LocalDate.of(2022, 6, 1))).extracting(SupportItem::policyCode)
                .containsOnly("NQ215-2020-EXAMPLE");
        assertThat(catalog.findInForce(LocalDate.of(2023, 1, 1))).extracting(SupportItem::policyCode)
                .doesNotContain("NQ215-2020-EXAMPLE");
        PolicyVersion closed = catalog.findVersionByCode("NQ215-2020-EXAMPLE").orElseThrow();
        assertThat(closed.status()).isEqualTo(PolicyVersionStatus.CLOSED);
        assertThat(closed.effectiveTo()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(catalog.findVersionByCode("NQ95-2022-EXAMPLE").orElseThrow().status()).isEqualTo(PolicyVersionStatus.IN_FORCE);
    }

    @Test
    void theMigrationsSeedTheExamplePolicysProcessingTimeAndACopyCarriesItOver() {
        long example = catalog.findVersionByCode("NQ95-2022-EXAMPLE").orElseThrow().id();
        assertThat(catalog.findProcessingTime(example)).contains(new ProcessingTime(5, 10, 10, 5, 5, 5, 20));

        String copy = "P-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.insertCopy(example, new PolicyVersionCopy(copy, "Bản sao", LocalDate.of(2093, 1, 1), null, null));
        long copyId = catalog.lastInsertId();
        assertThat(catalog.findProcessingTime(copyId)).isEmpty();
        assertThat(catalog.copyProcessingTime(example, copyId)).isEqualTo(1);
        assertThat(catalog.findProcessingTime(copyId)).contains(new ProcessingTime(5, 10, 10, 5, 5, 5, 20));
        assertThat(catalog.copyProcessingTime(-1, copyId)).as("a source without one copies nothing").isZero();

        catalog.upsertProcessingTime(copyId, new ProcessingTime(3, 7, 8, 4, 5, 6, 15));
        assertThat(catalog.findProcessingTime(copyId)).contains(new ProcessingTime(3, 7, 8, 4, 5, 6, 15));
        assertThat(catalog.findProcessingTime(example)).as("the source keeps its own")
                .contains(new ProcessingTime(5, 10, 10, 5, 5, 5, 20));
    }

    @Test
    void onlyAVersionThatIsNoLongerADraftCountsAsPublished() {
        long example = catalog.findVersionByCode("NQ95-2022-EXAMPLE").orElseThrow().id();
        assertThat(catalog.isPublished(example)).isTrue();
        String copy = "D-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.insertCopy(example, new PolicyVersionCopy(copy, "Bản nháp", LocalDate.of(2094, 1, 1), null, null));
        long draftId = catalog.lastInsertId();
        assertThat(catalog.isPublished(draftId)).as("a draft").isFalse();
        catalog.publishVersion(draftId);
        assertThat(catalog.isPublished(draftId)).as("once published").isTrue();
        assertThat(catalog.isPublished(-1)).as("no such version").isFalse();
    }

    @Test
    void aDraftCopyIsOnNoListUntilPublishedAndItsItemsAreRewritten() {
        String source = "S-" + UUID.randomUUID().toString().substring(0, 8);
        String copy = "C-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.of(2091, 1, 1);
        catalog.insertVersion(new PolicyVersionDraft(source, "Nguồn", "NQ 1/2091", from, null, 5_000_000_000L, List.of()));
        long sourceId = catalog.lastInsertId();
        catalog.insertItem(sourceId, item("ISO_9001", 50, "NQ 1/2091, Điều 2"));
        catalog.insertItem(sourceId, item("VIETGAP", 40, "NQ 1/2091, Điều 3"));

        LocalDate copyFrom = LocalDate.of(2092, 1, 1);
        assertThat(catalog.insertCopy(sourceId, new PolicyVersionCopy(copy, "Bản sao", copyFrom, null, null))).isEqualTo(1);
        long copyId = catalog.lastInsertId();
        assertThat(catalog.copyItems(sourceId, copyId)).isEqualTo(2);
        PolicyVersion draft = catalog.lockVersionByCode(copy).orElseThrow();
        assertThat(draft.status()).isEqualTo(PolicyVersionStatus.DRAFT);
        assertThat(draft.citation()).isEqualTo("NQ 1/2091");
        assertThat(draft.totalVnd()).isEqualTo(5_000_000_000L);
        assertThat(draft.inForceOn(copyFrom)).isFalse();
        assertThat(catalog.findItemsOfVersion(copyId)).extracting(SupportItem::code).containsExactly("ISO_9001", "VIETGAP");
        assertThat(catalog.findInForceByCode("ISO_9001", copyFrom).orElseThrow().policyCode()).isEqualTo(source);

        assertThat(catalog.deleteItem(copyId, "VIETGAP")).isEqualTo(1);
        assertThat(catalog.deleteItem(copyId, "ISO_9001")).isEqualTo(1);
        catalog.insertItem(copyId, item("ISO_9001", 70, ""));
        assertThat(catalog.findItemsOfVersion(copyId)).singleElement().satisfies(i -> {
            assertThat(i.ratePct()).isEqualTo(70);
            assertThat(i.legalCitation()).isEmpty();
        });
        assertThat(catalog.findItemsOfVersion(sourceId)).hasSize(2);

        assertThat(catalog.publishVersion(copyId)).isEqualTo(1);
        assertThat(catalog.publishVersion(copyId)).as("published once").isZero();
        assertThat(catalog.findInForceByCode("ISO_9001", copyFrom).orElseThrow().policyCode()).isEqualTo(copy);
        assertThat(catalog.findInForce(copyFrom)).filteredOn(i -> i.code().equals("ISO_9001"))
                .as("one ISO_9001 on the list: the version that took effect last").singleElement()
                .extracting(SupportItem::policyCode).isEqualTo(copy);
        assertThat(catalog.findInForce(copyFrom)).extracting(SupportItem::code).contains("VIETGAP");

        assertThat(catalog.closeVersion(sourceId, copyFrom.minusDays(1))).isEqualTo(1);
        assertThat(catalog.closeVersion(sourceId, copyFrom)).as("closed once").isZero();
        assertThat(catalog.findVersionByCode(source).orElseThrow().status()).isEqualTo(PolicyVersionStatus.CLOSED);
        assertThat(catalog.findInForce(copyFrom.minusDays(1))).extracting(SupportItem::policyCode).contains(source);
        assertThat(catalog.findInForce(copyFrom)).extracting(SupportItem::policyCode).doesNotContain(source);
        assertThat(catalog.lockVersionByCode("NO-SUCH-POLICY")).isEmpty();
    }

    private static PolicyVersionDraft.Item item(String code, int rate, String citation) {
        return new PolicyVersionDraft.Item(code, Category.MANAGEMENT_SYSTEM, "Hạng mục " + code, "Item " + code, rate,
                50_000_000L, "PER_APPLICATION", 1, List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE), citation);
    }

    @Test
    void anItemKeepsItsEligibilityRulesAndAnItemWithoutThemAcceptsEveryone() {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.of(2091, 1, 1);
        catalog.insertVersion(new PolicyVersionDraft(code, "Chính sách", "NQ 1/2091", from, null, 9_000_000_000L, List.of()));
        long versionId = catalog.lastInsertId();
        catalog.insertItem(versionId, new PolicyVersionDraft.Item(code + "-R", Category.MANAGEMENT_SYSTEM, "Có điều kiện",
                "With rules", 50, 30_000_000L, "PER_APPLICATION", 1, List.of(DocumentKind.APPLICATION_FORM), List.of(),
                "NQ 1/2091, Điều 4", List.of(OrganisationType.ENTERPRISE, OrganisationType.COOPERATIVE), true,
                List.of(OrganisationSize.MICRO, OrganisationSize.SMALL), 3));
        catalog.insertItem(versionId, new PolicyVersionDraft.Item(code + "-F", Category.MANAGEMENT_SYSTEM, "Tự do",
                "Free", 50, 30_000_000L, "PER_APPLICATION", 0, List.of(DocumentKind.APPLICATION_FORM), List.of(),
                "NQ 1/2091, Điều 5"));

        SupportItem ruled = catalog.findInForceByCode(code + "-R", from).orElseThrow();
        assertThat(ruled.applicantTypes()).containsExactly(OrganisationType.ENTERPRISE, OrganisationType.COOPERATIVE);
        assertThat(ruled.headOfficeInProvince()).isTrue();
        assertThat(ruled.sizes()).containsExactly(OrganisationSize.MICRO, OrganisationSize.SMALL);
        assertThat(ruled.frequencyYears()).isEqualTo(3);
        SupportItem free = catalog.findInForceByCode(code + "-F", from).orElseThrow();
        assertThat(free.applicantTypes()).isEmpty();
        assertThat(free.headOfficeInProvince()).isFalse();
        assertThat(free.sizes()).isEmpty();
        assertThat(free.frequencyYears()).isZero();
    }
}
