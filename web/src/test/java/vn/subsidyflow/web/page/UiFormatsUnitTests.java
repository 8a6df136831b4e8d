package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiFormatsUnitTests {

    @Test
    void shouldWriteDongTheVietnameseAndTheEnglishWay() {
        assertThat(Formats.money(15_000_000L, Locale.forLanguageTag("vi-VN"))).isEqualTo("15.000.000 ₫");
        assertThat(Formats.money(15_000_000L, Locale.ENGLISH)).isEqualTo("15,000,000 VND");
        assertThat(Formats.money(0L, Locale.ENGLISH)).isEqualTo("0 VND");
    }

    @Test
    void shouldReadAmountsAsPeopleTypeThem() {
        assertThat(Forms.amount("15.000.000")).isEqualTo(15_000_000L);
        assertThat(Forms.amount("15,000,000 VND")).isEqualTo(15_000_000L);
        assertThat(Forms.amount("15000000 ₫")).isEqualTo(15_000_000L);
        assertThat(Forms.amount("")).isNull();
        assertThat(Forms.amount("abc")).isEqualTo(-1L);
    }
}
