package vn.subsidyflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTemplatesUnitTests {

    private final NoticeTemplates templates = new NoticeTemplates();
    private final Recipient vietnamese = new Recipient("applicant1", "a@b.vn", "vi", "Nguyễn Văn A");
    private final Recipient english = new Recipient("owner", "o@b.vn", "en", "Jane Owner");

    @Test
    void aDecisionReadsAmountsAndNumbersInTheReadersLanguage() {
        Map<String, Object> model = Map.of("recipient", vietnamese, "title", "ISO 9001 <nhà máy>", "business", "Công ty Hồng Lĩnh",
                "amountVnd", 15_000_000L, "decisionNumber", "125/QĐ-SKHCN");
        NoticeTemplates.Rendered vi = templates.render(NoticeKind.DECISION, vietnamese.locale(), model);
        assertThat(vi.subject()).isEqualTo("Quyết định hỗ trợ kinh phí số 125/QĐ-SKHCN");
        assertThat(vi.text()).startsWith("Kính gửi Nguyễn Văn A,").contains("15.000.000 đồng").contains("ISO 9001 <nhà máy>")
                .doesNotContain("Dear");
        assertThat(vi.html()).contains("15.000.000 đồng").contains("ISO 9001 &lt;nhà máy&gt;");

        NoticeTemplates.Rendered en = templates.render(NoticeKind.DECISION, english.locale(), Map.of("recipient", english,
                "title", "ISO 9001", "business", "Hong Linh", "amountVnd", 15_000_000L, "decisionNumber", "125/QĐ-SKHCN"));
        assertThat(en.subject()).isEqualTo("Support decision 125/QĐ-SKHCN");
        assertThat(en.text()).startsWith("Dear Jane Owner,").contains("15,000,000 VND").doesNotContain("Kính gửi");
    }

    @Test
    void everyKindRendersInBothLanguagesWithASubjectAndNoRawPlaceholder() {
        Map<String, Object> model = Map.ofEntries(Map.entry("title", "Hồ sơ"), Map.entry("business", "Công ty"),
                Map.entry("paperNumber", "12/2026/TNHS"), Map.entry("appointmentOn", LocalDate.of(2026, 12, 3)),
                Map.entry("lapsesOn", LocalDate.of(2026, 12, 14)), Map.entry("missing", "Hợp đồng"),
                Map.entry("reasons", "Không đủ điều kiện"), Map.entry("amountVnd", 1_000_005L),
                Map.entry("decisionNumber", "1/QĐ"), Map.entry("treasuryReference", "KBNN-1"), Map.entry("step", "Thẩm định"),
                Map.entry("dueAt", Instant.parse("2026-12-01T10:00:00Z")), Map.entry("awaitingSince", LocalDate.of(2024, 11, 29)),
                Map.entry("link", "http://x/password/reset?token=t"), Map.entry("validMinutes", 30),
                Map.entry("day", LocalDate.of(2026, 12, 1)), Map.entry("overdue", List.of()), Map.entry("dueSoon", List.of()));
        for (NoticeKind kind : NoticeKind.values()) {
            for (Recipient recipient : List.of(vietnamese, english)) {
                Map<String, Object> variables = new java.util.HashMap<>(model);
                variables.put("recipient", recipient);
                NoticeTemplates.Rendered rendered = templates.render(kind, recipient.locale(), variables);
                assertThat(rendered.subject()).as(kind + " " + recipient.language()).isNotBlank().doesNotContain("${");
                assertThat(rendered.text()).as(kind + " " + recipient.language()).contains(recipient.displayName())
                        .doesNotContain("${").doesNotContain("[(");
            }
        }
        assertThat(new NoticeFormats(Locale.forLanguageTag("vi")).date(Instant.parse("2026-11-30T20:00:00Z")))
                .as("a day in Hà Tĩnh").isEqualTo("01/12/2026");
    }
}
