package vn.subsidyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyUnitTests {

    @Test
    void shouldTakeTheSmallerOfRateTimesCostAndCapRoundedDownToAThousand() {
        assertThat(Money.supportFor(123_456_789L, 50, 100_000_000L)).isEqualTo(61_728_000L);
        assertThat(Money.supportFor(123_456_789L, 50, 50_000_000L)).isEqualTo(50_000_000L);
        assertThat(Money.supportFor(15_999_999L, 100, 15_000_000L)).isEqualTo(15_000_000L);
        assertThat(Money.supportFor(999L, 100, 15_000_000L)).isZero();
        assertThat(Money.supportFor(Money.MAX_AMOUNT_VND, 100, Long.MAX_VALUE)).isEqualTo(Money.MAX_AMOUNT_VND);
    }

    @Test
    void shouldRefuseAmountsOutsideTheRange() {
        assertThatThrownBy(() -> Money.requirePositive("x", 0)).isInstanceOf(DomainFailure.class);
        assertThatThrownBy(() -> Money.requirePositive("x", Money.MAX_AMOUNT_VND + 1)).isInstanceOf(DomainFailure.class);
    }
}
