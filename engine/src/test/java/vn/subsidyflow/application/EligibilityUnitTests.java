package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.SupportItem;

class EligibilityUnitTests {

    private static final String HA_TINH = "42";

    /** An item for small and micro enterprises and cooperatives with head office in the province. */
    private static SupportItem strictItem() {
        return item(List.of(OrganisationType.ENTERPRISE, OrganisationType.COOPERATIVE), true,
                List.of(OrganisationSize.MICRO, OrganisationSize.SMALL), 0);
    }

    private static SupportItem item(List<OrganisationType> types, boolean inProvince, List<OrganisationSize> sizes, int years) {
        return new SupportItem(7, 1, "TEST", "ISO_9001", Category.MANAGEMENT_SYSTEM, "ISO", "ISO", 50, 50_000_000L,
                SupportItem.PER_APPLICATION, 1, List.of(DocumentKind.APPLICATION_FORM), List.of(), "Art. 1", false,
                LocalDate.of(2023, 1, 1), null, types, inProvince, sizes, years);
    }

    private static Organisation organisation(OrganisationType type, String province, OrganisationSize size) {
        return new Organisation(1L, "3000000001", "Công ty A", type, "Số 1, TP Hà Tĩnh", null, null, null, null, null,
                province, size);
    }

    private static List<String> unmet(SupportItem item, Organisation organisation) {
        return Eligibility.unmetRules(item, organisation, HA_TINH).stream().map(UnmetRule::rule).toList();
    }

    @Test
    void anOrganisationThatMeetsEveryRuleHasNoneUnmet() {
        assertThat(unmet(strictItem(), organisation(OrganisationType.ENTERPRISE, HA_TINH, OrganisationSize.SMALL))).isEmpty();
    }

    @Test
    void anItemWithoutRulesAcceptsAnOrganisationThatDeclaredNothing() {
        assertThat(unmet(item(List.of(), false, List.of(), 0), organisation(OrganisationType.HOUSEHOLD_BUSINESS, null, null)))
                .isEmpty();
    }

    @Test
    void eachRuleAloneIsNamed() {
        assertThat(unmet(strictItem(), organisation(OrganisationType.HOUSEHOLD_BUSINESS, HA_TINH, OrganisationSize.MICRO)))
                .containsExactly(UnmetRule.APPLICANT_TYPE);
        assertThat(unmet(strictItem(), organisation(OrganisationType.COOPERATIVE, "40", OrganisationSize.MICRO)))
                .containsExactly(UnmetRule.HEAD_OFFICE_IN_PROVINCE);
        assertThat(unmet(strictItem(), organisation(OrganisationType.COOPERATIVE, null, OrganisationSize.MICRO)))
                .containsExactly(UnmetRule.HEAD_OFFICE_IN_PROVINCE);
        assertThat(unmet(strictItem(), organisation(OrganisationType.ENTERPRISE, HA_TINH, OrganisationSize.MEDIUM)))
                .containsExactly(UnmetRule.ENTERPRISE_SIZE);
        assertThat(unmet(strictItem(), organisation(OrganisationType.ENTERPRISE, HA_TINH, null)))
                .containsExactly(UnmetRule.ENTERPRISE_SIZE);
    }

    @Test
    void everyUnmetRuleIsNamedTogetherWithTheFacts() {
        List<UnmetRule> unmet = Eligibility.unmetRules(strictItem(),
                organisation(OrganisationType.HOUSEHOLD_BUSINESS, "40", OrganisationSize.MEDIUM), HA_TINH);
        assertThat(unmet).extracting(UnmetRule::rule)
                .containsExactly(UnmetRule.APPLICANT_TYPE, UnmetRule.HEAD_OFFICE_IN_PROVINCE, UnmetRule.ENTERPRISE_SIZE);
        assertThat(unmet.get(0).message()).contains("HOUSEHOLD_BUSINESS");
        assertThat(unmet.get(1).message()).contains("42").contains("40");
        assertThat(unmet.get(2).message()).contains("MEDIUM");
    }

    @Test
    void theFrequencyWindowReachesBackItsYearsOrForEver() {
        Instant now = Instant.parse("2026-11-29T03:00:00Z");
        assertThat(item(List.of(), false, List.of(), 0).frequencyWindowStart(now)).isNull();
        assertThat(item(List.of(), false, List.of(), 3).frequencyWindowStart(now)).isEqualTo(Instant.parse("2023-11-29T03:00:00Z"));
    }
}
