package vn.subsidyflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportItemUnitTests {

    private static SupportItem capped(String unit) {
        return new SupportItem(7, 1, "TEST", "X", Category.INTELLECTUAL_PROPERTY, "X", "X", 100, 15_000_000L, unit, 0,
                List.of(), List.of(), "Art. 1", false, LocalDate.of(2023, 1, 1), null);
    }

    @Test
    void aCapPerCertificateOrProductIsMultipliedByTheUnitsClaimed() {
        assertThat(capped(SupportItem.PER_CERTIFICATE).maxSupportFor(100_000_000L, 3)).isEqualTo(45_000_000L);
        assertThat(capped(SupportItem.PER_PRODUCT).maxSupportFor(100_000_000L, 2)).isEqualTo(30_000_000L);
        // the rate still bounds it: 100 % of 20 000 000 đ is less than 3 × 15 000 000 đ
        assertThat(capped(SupportItem.PER_CERTIFICATE).maxSupportFor(20_000_000L, 3)).isEqualTo(20_000_000L);
    }

    @Test
    void aCapPerDossierIgnoresTheUnitsAndOneUnitIsTheOldRule() {
        assertThat(capped(SupportItem.PER_APPLICATION).maxSupportFor(100_000_000L, 3)).isEqualTo(15_000_000L);
        assertThat(capped(SupportItem.PER_CERTIFICATE).maxSupportFor(100_000_000L)).isEqualTo(15_000_000L);
        assertThat(capped(SupportItem.PER_CERTIFICATE).capPerUnit()).isTrue();
        assertThat(capped(SupportItem.PER_APPLICATION).capPerUnit()).isFalse();
    }
}
