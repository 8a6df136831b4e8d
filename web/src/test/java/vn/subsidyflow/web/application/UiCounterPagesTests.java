package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

/** The one-stop desk's pages: find the business, open its dossier, scan the papers in, file it. */
class UiCounterPagesTests extends UiTestSupport {

    private String taxCodeOf(String username) {
        return accounts.organisation(accounts.user(username).orElseThrow().organisationId()).taxCode();
    }

    @Test
    void shouldFindTheBusinessOpenItsDossierScanThePapersAndFileIt() throws Exception {
        String business = newBusiness();
        String taxCode = taxCodeOf(business);
        mvc.perform(get("/counter").with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"find-form\"")));
        mvc.perform(get("/counter").param("taxCode", taxCode).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Công ty " + business)))
                .andExpect(content().string(containsString("id=\"counter-form\"")));

        MvcResult opened = mvc.perform(post("/counter").with(as("intake")).with(csrf()).param("taxCode", taxCode)
                        .param("item", "ISO_9001").param("title", "ISO 9001 nộp tại quầy").param("cost", "80.000.000"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).matches("/counter/[0-9]+\\?created");
        long id = Long.parseLong(location.replaceAll("[^0-9]", ""));
        Application draft = applications.get(actor(business), id);
        assertThat(draft.filedAtCounter()).isTrue();
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);

        mvc.perform(get("/counter/{id}", id).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ISO 9001 nộp tại quầy")))
                .andExpect(content().string(containsString("Nộp tại quầy")));
        mvc.perform(post("/counter/{id}/submit", id).with(as("intake")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Còn thiếu thành phần hồ sơ")));
        for (DocumentKind kind : catalog.itemInForce("ISO_9001", calendar.today()).requiredDocuments()) {
            mvc.perform(multipart("/counter/{id}/documents", id).file(new MockMultipartFile("file", kind + ".pdf", "application/pdf",
                            ("%PDF-1.4 scan " + kind).getBytes(StandardCharsets.UTF_8)))
                            .param("kind", kind.name()).with(as("intake")).with(csrf()))
                    .andExpect(redirectedUrl("/counter/" + id + "#documents"));
        }
        mvc.perform(post("/counter/{id}/submit", id).with(as("intake")).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + id));
        assertThat(applications.get(actor(business), id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        // The business sees it in its portal.
        mvc.perform(get("/my/dossiers").with(as(business))).andExpect(status().isOk())
                .andExpect(content().string(containsString("HS-" + id)));
        mvc.perform(get("/my/dossiers/{id}", id).with(as(business))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filed-at-counter\"")));
        mvc.perform(get("/cases/{id}", id).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filed-at-counter\"")));
    }

    @Test
    void shouldAnswerAnUnknownOrInvalidTaxCodeOnTheDeskAndKeepARefusedFormAsTyped() throws Exception {
        mvc.perform(get("/counter").param("taxCode", TaxCodes.fresh()).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"taxCode-error\"")))
                .andExpect(content().string(containsString("Không có tổ chức nào")));
        mvc.perform(get("/counter").param("taxCode", "0100233489").with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"taxCode-error\"")))
                .andExpect(content().string(containsString("Mã số thuế không hợp lệ")));

        String business = newBusiness();
        mvc.perform(post("/counter").with(as("intake")).with(csrf()).param("taxCode", taxCodeOf(business))
                        .param("item", "ISO_9001").param("title", "Giữ nguyên tên").param("cost", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cost-error\"")))
                .andExpect(content().string(containsString("value=\"Giữ nguyên tên\"")));
        mvc.perform(get("/my/dossiers").with(as(business))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Giữ nguyên tên"))));
    }

    @Test
    void shouldNotOpenABusinesssOwnDraftAtTheDesk() throws Exception {
        String business = newBusiness();
        long own = draft(business, "ISO_9001", 60_000_000L, java.util.List.of());
        mvc.perform(get("/counter/{id}", own).with(as("intake"))).andExpect(status().isNotFound());
        mvc.perform(get("/my/dossiers/{id}", own).with(as(business))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"filed-at-counter\""))));
        mvc.perform(get("/counter").with(as("reviewer"))).andExpect(status().isForbidden());
    }
}
