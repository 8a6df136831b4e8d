package vn.subsidyflow.web.paper;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.paper.Paper;
import vn.subsidyflow.paper.PaperFile;
import vn.subsidyflow.paper.PaperKind;
import vn.subsidyflow.paper.Papers;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The papers endpoints at the edge: the list's shape, the PDF's headers, and failures as problems. */
@WebMvcTest(PaperController.class)
@Import(ApiSlice.class)
class PaperControllerTests {

    private static final String SHA = "ab".repeat(32);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Papers papers;

    @Test
    void theListGivesEachPaperItsKindNumberTimeAndHash() throws Exception {
        given(papers.papers(argThat(actor -> "applicant1".equals(actor.username())), eq(7L))).willReturn(List.of(
                new Paper(3L, 7, PaperKind.RECEIPT, 2026, 12, "12/2026/TNHS", Instant.parse("2026-12-05T02:00:00Z"), SHA,
                        "TNHS-12-2026.pdf", "vi")));

        mvc.perform(get("/api/v1/applications/7/papers").with(as("applicant1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(3))
                .andExpect(jsonPath("$[0].kind").value("RECEIPT"))
                .andExpect(jsonPath("$[0].number").value("12/2026/TNHS"))
                .andExpect(jsonPath("$[0].issuedAt").value("2026-12-05T02:00:00Z"))
                .andExpect(jsonPath("$[0].sha256").value(SHA))
                .andExpect(jsonPath("$[0].fileName").doesNotExist())
                .andExpect(jsonPath("$[0].applicationId").doesNotExist());
    }

    @Test
    void aPaperComesAsAnAttachedPdfUnderItsFileName() throws Exception {
        byte[] pdf = "%PDF-1.7 giấy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given(papers.file(any(), eq(7L), eq(3L))).willReturn(new PaperFile(3L, "TNHS-12-2026.pdf", pdf));

        mvc.perform(get("/api/v1/applications/7/papers/3").with(as("reviewer")).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().bytes(pdf))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("TNHS-12-2026.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void anotherBusinesssPaperOrAnUnknownOneIsNotFound() throws Exception {
        given(papers.file(any(), eq(7L), eq(4L))).willThrow(DomainFailure.notFound(FailureCode.PAPER_NOT_FOUND, 4));
        given(papers.papers(any(), eq(8L))).willThrow(DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, 8));

        mvc.perform(get("/api/v1/applications/7/papers/4").with(as("applicant2")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PAPER_NOT_FOUND"));
        mvc.perform(get("/api/v1/applications/8/papers").with(as("applicant2")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));
    }

    @Test
    void nobodySignedInReadsNoPaper() throws Exception {
        mvc.perform(get("/api/v1/applications/7/papers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/applications/7/papers/3")).andExpect(status().isUnauthorized());
        verifyNoInteractions(papers);
    }
}
