package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.UiTestSupport;
import vn.subsidyflow.workflow.Outcome;

class UiApplicantPagesTests extends UiTestSupport {

    @Test
    void shouldListMyDossiersWithStatusAndAmounts() throws Exception {
        String me = newBusiness();
        long id = filed(me, "TCVN_CONFORMITY", 30_000_000L);
        mvc.perform(get("/my/dossiers").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("HS-" + id)))
                .andExpect(content().string(containsString("Chờ tiếp nhận")))
                .andExpect(content().string(containsString("15.000.000 ₫")));
    }

    @Test
    void shouldWalkTheWizardFromChoosingAnItemToADraft() throws Exception {
        String me = newBusiness();
        mvc.perform(get("/my/dossiers/new").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ISO_9001")));
        mvc.perform(get("/my/dossiers/new").param("item", "ISO_9001").param("cost", "123.456.789").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("50.000.000 ₫")))
                .andExpect(content().string(containsString("Hợp đồng tư vấn, chứng nhận")));
        mvc.perform(post("/my/dossiers").with(as(me)).with(csrf()).param("item", "ISO_9001")
                        .param("title", "ISO 9001 cho xưởng").param("cost", "80.000.000"))
                .andExpect(redirectedUrlPattern("/my/dossiers/*?created"));
    }

    @Test
    void shouldShowTheCostErrorNextToTheField() throws Exception {
        String me = newBusiness();
        mvc.perform(post("/my/dossiers").with(as(me)).with(csrf()).param("item", "ISO_9001").param("title", "ISO")
                        .param("cost", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cost-error\"")));
        mvc.perform(post("/my/dossiers").with(as(me)).with(csrf()).param("item", "ISO_9001").param("title", "")
                        .param("cost", "1000000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"title-error\"")));
    }

    @Test
    void shouldUploadDocumentsWithinTheLimitsAndSubmit() throws Exception {
        String me = newBusiness();
        long id = draft(me, "ISO_9001", 60_000_000L, List.of());
        mvc.perform(multipart("/my/dossiers/{id}/documents", id).file(pdf("x.exe", "application/x-msdownload"))
                        .param("kind", "APPLICATION_FORM").with(as(me)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("Chỉ nhận PDF")));
        mvc.perform(post("/my/dossiers/{id}/submit", id).with(as(me)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Còn thiếu thành phần hồ sơ")));
        for (DocumentKind kind : catalog.itemInForce("ISO_9001", calendar.today()).requiredDocuments()) {
            mvc.perform(multipart("/my/dossiers/{id}/documents", id).file(pdf(kind + ".pdf", "application/pdf"))
                            .param("kind", kind.name()).with(as(me)).with(csrf()))
                    .andExpect(redirectedUrl("/my/dossiers/" + id + "#documents"));
        }
        mvc.perform(post("/my/dossiers/{id}/submit", id).with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + id));
        assertThat(applications.get(actor(me), id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        mvc.perform(get("/my/dossiers/{id}", id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nộp hồ sơ")))
                .andExpect(content().string(containsString("diagram.png")));
    }

    @Test
    void shouldShowTheRequestForSupplementAndTakeTheSupplement() throws Exception {
        String me = newBusiness();
        long id = filed(me, "VIETGAP", 40_000_000L);
        complete(staff("intake", Role.INTAKE), id, "intake",
                new TaskCompletion(Outcome.REQUEST_SUPPLEMENT, "Thiếu hóa đơn điện tử", null, null, null, null));
        mvc.perform(get("/my/dossiers/{id}", id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yêu cầu bổ sung hồ sơ")))
                .andExpect(content().string(containsString("Thiếu hóa đơn điện tử")));
        String task = taskId(actor(me), id, "supplement");
        mvc.perform(post("/my/dossiers/{id}/tasks/{task}", id, task).with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + id));
        assertThat(applications.get(actor(me), id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void shouldWithdrawADossier() throws Exception {
        String me = newBusiness();
        long id = filed(me, "LEAN_5S_KAIZEN", 20_000_000L);
        mvc.perform(post("/my/dossiers/{id}/withdraw", id).with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + id));
        mvc.perform(get("/my/dossiers/{id}", id).with(as(me))).andExpect(content().string(containsString("Đã rút")));
    }

    @Test
    void shouldServeTheDiagramAndTheDocumentsToTheOwnerOnly() throws Exception {
        String me = newBusiness();
        String other = newBusiness();
        long id = filed(me, "TCVN_CONFORMITY", 30_000_000L);
        long documentId = applications.documents(actor(me), id).get(0).id();
        mvc.perform(get("/dossiers/{id}/diagram.png", id).with(as(me))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/dossiers/{id}/documents/{doc}", id, documentId).param("preview", "true").with(as(me)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("inline")));
        mvc.perform(get("/my/dossiers/{id}", id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/diagram.png", id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/documents/{doc}", id, documentId).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/my/dossiers/{id}/withdraw", id).with(as(other)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void shouldKeepApplicantsOutOfStaffPages() throws Exception {
        mvc.perform(get("/inbox").with(as("applicant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/finance").with(as("applicant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/holidays").with(as("applicant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/my/dossiers").with(as("intake"))).andExpect(status().isForbidden());
    }

    private static MockMultipartFile pdf(String name, String type) {
        return new MockMultipartFile("file", name, type, ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8));
    }
}
