package vn.subsidyflow.web.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

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
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.CounterFilings;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.security.ApiSlice;

/** Filing at the one-stop desk at the edge: only intake officers, and what the request must look like. */
@WebMvcTest(CounterFilingController.class)
@Import({ApiSlice.class, DocumentUploads.class})
class CounterFilingControllerTests {

    private static final String BODY = "{\"taxCode\":\"0100233488\",\"supportItemCode\":\"ISO_9001\",\"title\":\"ISO tại quầy\","
            + "\"eligibleCostVnd\":80000000}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CounterFilings counter;
    @MockitoBean
    Applications applications;
    @MockitoBean
    ApplicationResponses responses;

    @Test
    void anIntakeOfficerFilesForABusinessAndGetsTheDossiersLocation() throws Exception {
        Application created = mock(Application.class);
        given(created.id()).willReturn(42L);
        given(counter.file(argThat(actor -> actor.username().equals("intake") && actor.roles().contains(Role.INTAKE)),
                eq("0100233488"), eq("ISO_9001"), eq("ISO tại quầy"), eq(80_000_000L))).willReturn(created);
        mvc.perform(post("/api/v1/applications/counter-filings").with(as("intake")).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/applications/42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "reviewer", "approver", "finance", "admin", "auditor"})
    void nobodyButAnIntakeOfficerFilesAtTheCounter(String user) throws Exception {
        mvc.perform(post("/api/v1/applications/counter-filings").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/applications/counter-filings/7/submit").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/applications/counter-filings/7/documents").file(pdf()).param("kind", "INVOICE")
                .with(as(user))).andExpect(status().isForbidden());
        verifyNoInteractions(counter, applications);
    }

    @Test
    void anUnknownBusinessIs404AndABadTaxCode422WithTheirCodes() throws Exception {
        given(counter.file(any(), eq("0100233488"), any(), any(), anyLong()))
                .willThrow(new DomainFailure(FailureCode.ORGANISATION_NOT_FOUND, "No business"));
        mvc.perform(post("/api/v1/applications/counter-filings").with(as("intake")).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORGANISATION_NOT_FOUND"));
        mvc.perform(post("/api/v1/applications/counter-filings").with(as("intake")).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("0100233488", "0".repeat(15))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("taxCode"));
        mvc.perform(post("/api/v1/applications/counter-filings").with(as("intake")).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("80000000", "0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "scan.pdf", "application/pdf", "%PDF-1.4".getBytes());
    }
}
