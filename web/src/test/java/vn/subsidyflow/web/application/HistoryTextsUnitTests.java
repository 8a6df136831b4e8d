package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.audit.AuditFacts;

class HistoryTextsUnitTests {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");

    private final HistoryTexts texts = new HistoryTexts(messages());

    @Test
    void shouldWordTheFactsInVietnameseWithAmountsGroupedByDots() {
        HistoryLine line = texts.line(event("CREATED", "ISO_9001, eligible cost 96000000 đ, maximum support 48000000 đ",
                AuditFacts.of("item", "ISO_9001", "eligibleCostVnd", 96_000_000L, "maxSupportVnd", 48_000_000L)), null, VI);

        assertThat(line.label()).isEqualTo("Tạo hồ sơ");
        assertThat(line.text()).isEqualTo("ISO_9001; chi phí hợp lệ 96.000.000 ₫; mức hỗ trợ tối đa 48.000.000 ₫");
        assertThat(line.comment()).isNull();
    }

    @Test
    void shouldKeepAnOptionalPartOnlyWhenItsFactIsThere() {
        HistoryLine line = texts.line(event("CREATED", null, AuditFacts.of("item", "TM", "eligibleCostVnd", 30_000_000L,
                "unitCount", 2, "maxSupportVnd", 30_000_000L)), null, Locale.ENGLISH);

        assertThat(line.text()).isEqualTo("TM; eligible cost 30,000,000 VND, 2 units; maximum support 30,000,000 VND");
    }

    @Test
    void shouldWriteDaysAsDayMonthYearAndKeepTheOfficersComment() {
        HistoryLine line = texts.line(event("DECISION:APPROVE", "Đủ điều kiện",
                AuditFacts.of("amountVnd", 15_000_000L, "decisionNumber", "12/QĐ-SKHCN", "decisionOn", java.time.LocalDate.of(2026, 3, 2))),
                null, VI);

        assertThat(line.text()).isEqualTo("Quyết định số 12/QĐ-SKHCN ngày 02/03/2026: hỗ trợ 15.000.000 ₫");
        assertThat(line.comment()).isEqualTo("Đủ điều kiện");
    }

    @Test
    void shouldShowAnOlderRowWithoutFactsByItsNameAloneNotItsEnglishNote() {
        HistoryLine line = texts.line(event("PAYMENT_ORDERED", "Tranche 1: 15000000 đ to Vietcombank 0011", null), null, VI);

        assertThat(line.label()).isEqualTo("Lập ủy nhiệm chi");
        assertThat(line.text()).isNull();
        assertThat(line.comment()).isNull();
        assertThat(line.sentence()).isEqualTo("Lập ủy nhiệm chi");
    }

    @Test
    void shouldNameAnActionNoMessageKnowsInWordsNeverAsACode() {
        assertThat(texts.label("STEP_ESCALATED", VI)).isEqualTo("Step escalated");
        assertThat(texts.line(event("STEP_ESCALATED", "a person's note", null), null, VI).comment()).isEqualTo("a person's note");
    }

    private static AuditEvent event(String action, String detail, Map<String, Object> facts) {
        return new AuditEvent(1L, 42L, "officer", action, null, null, detail, null, AT, facts);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
