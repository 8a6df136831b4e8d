package vn.subsidyflow.web.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.security.ApiSlice;

/** The dossier endpoints at the edge: who may call them, and what a request must look like. */
@WebMvcTest(ApplicationController.class)
// The upload reader is the real one: the part is read as the controller reads it.
@Import({ApiSlice.class, DocumentUploads.class})
class ApplicationControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Applications applications;
    @MockitoBean
    ApplicationResponses responses;

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/applications"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/applications").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("applicant1", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(applications);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "reviewer", "approver", "finance", "admin", "auditor"})
    void onlyABusinessFilesSubmitsAndWithdrawsADossier(String staff) throws Exception {
        mvc.perform(json(post("/api/v1/applications"), "{\"supportItemCode\":\"ISO_9001\",\"title\":\"t\",\"eligibleCostVnd\":1}")
                        .with(as(staff)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/applications/7/submit").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applications/7/withdraw").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/applications/7/documents").file(pdf()).param("kind", "INVOICE").with(as(staff)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }

    @Test
    void aBusinessFilesADossierWithoutACsrfTokenAndGetsItsLocation() throws Exception {
        Application created = mock(Application.class);
        given(created.id()).willReturn(42L);
        given(applications.create(argThat(actor -> actor.username().equals("applicant1") && actor.organisationId() == 1L
                && actor.roles().contains(Role.APPLICANT)), eq("ISO_9001"), eq("ISO 9001 cho nhà máy"), eq(120_000_000L)))
                .willReturn(created);

        mvc.perform(json(post("/api/v1/applications"),
                        "{\"supportItemCode\":\"ISO_9001\",\"title\":\"ISO 9001 cho nhà máy\",\"eligibleCostVnd\":120000000}")
                        .with(as("applicant1")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/applications/42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"100\"", "true", "1e3", "99999999999999999999999"})
    void anAmountThatIsNotAWholeNumberIsMalformed(String amount) throws Exception {
        mvc.perform(json(post("/api/v1/applications"), "{\"supportItemCode\":\"ISO_9001\",\"title\":\"t\",\"eligibleCostVnd\":"
                        + amount + "}").with(as("applicant1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(applications);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1000000000000000001", "null"})
    void anAmountOutOfRangeOrMissingIsAnInvalidAmount(String amount) throws Exception {
        mvc.perform(json(post("/api/v1/applications"), "{\"supportItemCode\":\"ISO_9001\",\"title\":\"t\",\"eligibleCostVnd\":"
                        + amount + "}").with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
        verifyNoInteractions(applications);
    }

    @Test
    void aTooLongTitleIsRefusedWithItsFieldAndConstraint() throws Exception {
        mvc.perform(json(post("/api/v1/applications"), "{\"supportItemCode\":\"ISO_9001\",\"title\":\"" + "x".repeat(301)
                        + "\",\"eligibleCostVnd\":1}").with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        verifyNoInteractions(applications);
    }

    @Test
    void aBodyThatIsNotJsonOrNotJsonAtAllIsRefused() throws Exception {
        mvc.perform(json(post("/api/v1/applications"), "{\"title\":").with(as("applicant1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(json(post("/api/v1/applications"), "{\"title\":\"a\"} {}").with(as("applicant1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/v1/applications").contentType(MediaType.TEXT_PLAIN).content("hello").with(as("applicant1")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void theSearchParametersReachTheFilterAndBadOnesAreRefusedWithStableCodes() throws Exception {
        given(applications.count(any(), any())).willReturn(1L);
        given(applications.list(any(), any())).willReturn(List.of());
        mvc.perform(get("/api/v1/applications").param("q", " Cửa Lò ").param("taxCode", "3000000001")
                        .param("supportItemCode", "ISO_9001").param("policyCode", "NQ95").param("decisionNumber", "125/")
                        .param("filedFrom", "2026-01-01").param("filedTo", "2026-01-31")
                        .param("decidedFrom", "2026-02-01").param("decidedTo", "2026-02-28")
                        .param("sort", "filedAt,desc").param("offset", "20").param("limit", "10").with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"));
        org.mockito.Mockito.verify(applications).list(any(), argThat(f -> "Cửa Lò".equals(f.query())
                && "3000000001".equals(f.taxCode()) && "ISO_9001".equals(f.supportItemCode()) && "NQ95".equals(f.policyCode())
                && "125/".equals(f.decisionNumber())
                && java.time.LocalDate.of(2026, 1, 1).equals(f.filedFrom()) && java.time.LocalDate.of(2026, 1, 31).equals(f.filedTo())
                && java.time.LocalDate.of(2026, 2, 1).equals(f.decidedFrom()) && java.time.LocalDate.of(2026, 2, 28).equals(f.decidedTo())
                && f.sort().parameter().equals("filedAt,desc") && f.offset() == 20 && f.limit() == 10));

        for (String[] bad : new String[][] {{"sort", "title"}, {"sort", "id;DROP TABLE application"}, {"sort", "filedAt,up"}}) {
            mvc.perform(get("/api/v1/applications").param(bad[0], bad[1]).with(as("reviewer")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INVALID_SORT"));
        }
        for (String[] bad : new String[][] {{"filedFrom", "1999-12-31"}, {"decidedTo", "2101-01-01"}}) {
            mvc.perform(get("/api/v1/applications").param(bad[0], bad[1]).with(as("reviewer")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("INVALID_DATE_RANGE"));
        }
        mvc.perform(get("/api/v1/applications").param("filedFrom", "2026-02-01").param("filedTo", "2026-01-31").with(as("reviewer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DATE_RANGE"));
        mvc.perform(get("/api/v1/applications").param("decidedFrom", "31/01/2026").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/applications").param("q", "x".repeat(301)).with(as("reviewer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void theListIsPagedWithinBoundsAndCarriesTheTotal() throws Exception {
        given(applications.count(any(), any())).willReturn(3L);
        given(applications.list(any(), any())).willReturn(List.of());
        mvc.perform(get("/api/v1/applications").param("offset", "10").param("limit", "500").with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"));

        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "501"}, {"offset", "-1"}, {"offset", "10000001"}}) {
            mvc.perform(get("/api/v1/applications").param(bad[0], bad[1]).with(as("reviewer")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("INVALID_PAGE"));
        }
        mvc.perform(get("/api/v1/applications").param("status", "NOT_A_STATUS").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/applications/abc").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void domainFailuresKeepTheirCodeAndStatus() throws Exception {
        given(applications.get(any(), eq(7L))).willThrow(DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, 7));
        mvc.perform(get("/api/v1/applications/7").with(as("applicant2")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));

        given(applications.submit(any(), eq(8L))).willThrow(new DomainFailure(FailureCode.DOSSIER_NOT_IN_STATE, "not a draft"));
        mvc.perform(post("/api/v1/applications/8/submit").with(as("applicant1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DOSSIER_NOT_IN_STATE"));

        given(applications.withdraw(any(), eq(9L))).willThrow(new IllegalStateException("a bug"));
        mvc.perform(post("/api/v1/applications/9/withdraw").with(as("applicant1")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("a bug"))));
    }

    @Test
    void anUploadNeedsAKnownKindAndAFilePart() throws Exception {
        mvc.perform(multipart("/api/v1/applications/7/documents").file(pdf()).param("kind", "SELFIE").with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DOCUMENT_KIND"))
                .andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(multipart("/api/v1/applications/7/documents").param("kind", "INVOICE").with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MISSING_FILE"))
                .andExpect(jsonPath("$.field").value("file"));
        mvc.perform(multipart("/api/v1/applications/7/documents").file(pdf()).param("kind", "X".repeat(41))
                        .with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        verifyNoInteractions(applications);
        given(applications.addDocument(any(), anyLong(), any(), anyString(), anyString(), any())).willThrow(
                new DomainFailure(FailureCode.UNSUPPORTED_DOCUMENT_TYPE, "not a PDF"));
        mvc.perform(multipart("/api/v1/applications/7/documents").file(pdf()).param("kind", "INVOICE").with(as("applicant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_DOCUMENT_TYPE"));
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "don.pdf", "application/pdf", "%PDF-1.4".getBytes());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
