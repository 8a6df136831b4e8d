package vn.subsidyflow.web.imports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.imports.HistoryImport;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The history import API at the edge: who may import, and what a new, a repeated and a refused file answer. */
@WebMvcTest(HistoryImportController.class)
@Import(ApiSlice.class)
class HistoryImportControllerTests {

    private static final HistoryImport DONE = new HistoryImport(7, "history.csv", 120, "ab".repeat(32), "admin",
            Instant.parse("2026-11-29T10:00:00Z"), 2, 2, 1, 1, 30_000_000L, 25_000_000L);
    private static final MockMultipartFile FILE = new MockMultipartFile("file", "history.csv", "text/csv",
            "taxCode,…\n".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HistoryImports imports;

    @Test
    void aNewFileIsCreatedAndTheSameFileAgainAnswersTheEarlierImport() throws Exception {
        given(imports.importFile(any(), eq("history.csv"), anyLong(), any())).willReturn(new HistoryImports.Outcome(DONE, false));
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as("admin")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/imports/history/7"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.dossiers").value(2))
                .andExpect(jsonPath("$.organisations").value(1))
                .andExpect(jsonPath("$.approvedVnd").value(30_000_000L))
                .andExpect(jsonPath("$.paidVnd").value(25_000_000L));

        given(imports.importFile(any(), eq("history.csv"), anyLong(), any())).willReturn(new HistoryImports.Outcome(DONE, true));
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(7));

        given(imports.find(7)).willReturn(DONE);
        mvc.perform(get("/api/v1/imports/history/7").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sha256").value("ab".repeat(32)));
    }

    @Test
    void aRefusedFileAnswersEveryErrorAsProblemJson() throws Exception {
        given(imports.importFile(any(), any(), anyLong(), any())).willThrow(new DomainFailure(FailureCode.IMPORT_REFUSED, "2 errors",
                Map.of("errors", List.of(
                        Map.of("row", 3, "column", "taxCode", "code", "INVALID_TAX_CODE", "message", "bad"),
                        Map.of("row", 4, "column", "paidVnd", "code", "PAID_ABOVE_APPROVED", "message", "more")))));
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as("admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("IMPORT_REFUSED"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("taxCode"))
                .andExpect(jsonPath("$.errors[1].code").value("PAID_ABOVE_APPROVED"));

        mvc.perform(multipart("/api/v1/imports/history").with(as("admin")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("IMPORT_REFUSED"));

        given(imports.find(8)).willThrow(DomainFailure.notFound(FailureCode.HISTORY_IMPORT_NOT_FOUND, 8));
        mvc.perform(get("/api/v1/imports/history/8").with(as("admin")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("HISTORY_IMPORT_NOT_FOUND"));
    }

    @Test
    void anImportTheNodeCannotTakeNowIsRefusedWithItsOwnCode() throws Exception {
        given(imports.importFile(any(), any(), anyLong(), any())).willThrow(new DomainFailure(FailureCode.IMPORT_IN_PROGRESS,
                "running"));
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as("admin")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("IMPORT_IN_PROGRESS"));

        willThrow(new DomainFailure(FailureCode.IMPORT_TOO_LARGE_FOR_MEMORY, "split the file"))
                .given(imports).importFile(any(), any(), anyLong(), any());
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as("admin")))
                .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("IMPORT_TOO_LARGE_FOR_MEMORY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "reviewer", "approver", "finance", "auditor", "applicant1"})
    void onlyAnAdministratorImportsOrReadsHistory(String user) throws Exception {
        mvc.perform(multipart("/api/v1/imports/history").file(FILE).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/history/7").with(as(user))).andExpect(status().isForbidden());
        verifyNoInteractions(imports);
    }
}
