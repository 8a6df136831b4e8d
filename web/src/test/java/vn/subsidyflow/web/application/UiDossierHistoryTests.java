package vn.subsidyflow.web.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.subsidyflow.web.support.UiTestSupport;

/** The dossier's history speaks the reader's language, with amounts and days written as the reader writes them. */
class UiDossierHistoryTests extends UiTestSupport {

    @Test
    void shouldShowTheVietnameseSentenceWithFormattedAmountsNotTheInternalNote() throws Exception {
        String me = newBusiness();
        long id = filed(me, "ISO_9001", 96_000_000L);

        mvc.perform(get("/my/dossiers/{id}", id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chi phí hợp lệ 96.000.000 ₫")))
                .andExpect(content().string(containsString("mức hỗ trợ tối đa 48.000.000 ₫")))
                .andExpect(content().string(containsString("Hóa đơn: invoice.pdf")))
                .andExpect(content().string(not(containsString("ISO_9001, eligible cost"))))
                .andExpect(content().string(not(containsString("96000000"))));
        mvc.perform(get("/cases/{id}", id).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chi phí hợp lệ 96.000.000 ₫")))
                .andExpect(content().string(not(containsString("ISO_9001, eligible cost"))));
    }

    @Test
    void shouldWordTheHistoryInEnglishForAnEnglishReader() throws Exception {
        String me = newBusiness();
        long id = draft(me, "ISO_9001", 96_000_000L, List.of());

        mvc.perform(get("/my/dossiers/{id}", id).param("lang", "en").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("eligible cost 96,000,000 VND")))
                .andExpect(content().string(containsString("maximum support 48,000,000 VND")));
    }

    @Test
    void shouldAddTheTextInTheCallersLanguageToTheApiHistoryKeepingTheRecordedDetail() throws Exception {
        String me = newBusiness();
        long id = filed(me, "ISO_9001", 96_000_000L);
        approved(id, 48_000_000L);

        mvc.perform(get("/api/v1/applications/{id}", id).header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].action").value("CREATED"))
                .andExpect(jsonPath("$.history[0].detail").value(containsString("eligible cost 96000000 đ")))
                .andExpect(jsonPath("$.history[0].text").value(containsString("eligible cost 96,000,000 VND")))
                .andExpect(jsonPath("$.history[?(@.action == 'DECISION:APPROVE')].text").value(
                        org.hamcrest.Matchers.hasItem(containsString("support of 48,000,000 VND"))));
        mvc.perform(get("/api/v1/applications/{id}", id).header(HttpHeaders.ACCEPT_LANGUAGE, "vi").with(as(me)))
                .andExpect(jsonPath("$.history[0].text").value(containsString("chi phí hợp lệ 96.000.000 ₫")));
        // The appraisal's proposal is the office's working paper: the applicant reads that it happened, not the amount.
        mvc.perform(get("/api/v1/applications/{id}", id).with(as(me)))
                .andExpect(jsonPath("$.history[?(@.action == 'APPRAISAL:RECOMMEND_APPROVAL')].text").value(
                        org.hamcrest.Matchers.hasItem("Đề xuất hỗ trợ")));
        mvc.perform(get("/cases/{id}", id).with(as("reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mức hỗ trợ đề xuất 48.000.000 ₫")));
    }

}
