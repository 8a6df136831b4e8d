package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.shared.DomainFailure;

class UnitCountUnitTests {

    private static final SupportItem TRADEMARK = new SupportItem(8, 1, "TEST", "TRADEMARK", Category.INTELLECTUAL_PROPERTY,
            "Nhãn hiệu", "Trademark", 100, 15_000_000L, SupportItem.PER_CERTIFICATE, 0, List.of(), List.of(), "Art. 6", false,
            LocalDate.of(2023, 1, 1), null);

    @Test
    void aDossierClaimingForThreeCertificatesMayGetThreeCaps() {
        Application a = Application.draft(42, TRADEMARK, "Ba nhãn hiệu", 60_000_000L, 3, "applicant1");
        assertThat(a.unitCount()).isEqualTo(3);
        assertThat(a.maxSupportVnd()).isEqualTo(45_000_000L);
        assertThat(Application.draft(42, TRADEMARK, "Một nhãn hiệu", 60_000_000L, "applicant1").maxSupportVnd())
                .isEqualTo(15_000_000L);
    }

    @Test
    void aCountIsRefusedOutOfRangeOrOnAnItemCappedPerDossier() {
        assertThatThrownBy(() -> Application.draft(42, TRADEMARK, "x", 60_000_000L, 0, "applicant1"))
                .isInstanceOf(DomainFailure.class).hasFieldOrPropertyWithValue("code", "INVALID_INPUT");
        assertThatThrownBy(() -> Application.draft(42, TRADEMARK, "x", 60_000_000L, 1001, "applicant1"))
                .isInstanceOf(DomainFailure.class).hasFieldOrPropertyWithValue("code", "INVALID_INPUT");
        assertThatThrownBy(() -> Application.draft(42, TestApplications.ISO, "x", 60_000_000L, 2, "applicant1"))
                .isInstanceOf(DomainFailure.class).hasMessageContaining("per dossier");
    }
}
