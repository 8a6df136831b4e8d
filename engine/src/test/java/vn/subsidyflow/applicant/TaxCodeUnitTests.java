package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"0100233488", "0100233488-001", "3000123455", "001203004567"})
    void shouldAcceptValidCodes(String code) {
        assertThat(TaxCode.isValid(code)).isTrue();
        assertThat(new TaxCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100233487", "0100233489", "010023348", "01002334880", "0100233488-000", "0100233488-01",
            "01OO233488", "", " 0100233488"})
    void shouldRefuseInvalidCodes(String code) {
        assertThat(TaxCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new TaxCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseEveryCheckDigitWhenTheWeightedSumIsAMultipleOfEleven() {
        // 10 − (Σ mod 11) is 10 for such a prefix: no digit can be right.
        String prefix = null;
        for (int n = 1; prefix == null; n++) {
            String candidate = String.format("%09d", n);
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += w[i] * (candidate.charAt(i) - '0');
            }
            if (sum % 11 == 0) {
                prefix = candidate;
                break;
            }
        }
        assertThat(prefix).isNotNull();
        for (int check = 0; check <= 9; check++) {
            assertThat(TaxCode.isValid(prefix + check)).as(prefix + check).isFalse();
        }
    }
}
