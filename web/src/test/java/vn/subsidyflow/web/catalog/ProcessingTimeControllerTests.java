package vn.subsidyflow.web.catalog;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.ProcessingTime;
import vn.subsidyflow.web.security.ApiSlice;

/** A version's processing time at the edge: read by anyone signed in, set by an administrator only. */
@WebMvcTest(ProcessingTimeController.class)
@Import(ApiSlice.class)
class ProcessingTimeControllerTests {

    private static final String BODY = """
            {"intake":3,"supplement":7,"appraisal":8,"decision":4,"verifyCompletion":5,"payment":6,"total":15}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PolicyVersions versions;

    @MockitoBean
    PolicyCatalog catalog;

    @Test
    void shouldReadTheVersionsProcessingTime() throws Exception {
        given(versions.version("NQ-X")).willReturn(new PolicyVersion(9L, "NQ-X", "X", "NQ X", LocalDate.of(2027, 1, 1), null,
                1_000L, 0L, false, PolicyVersionStatus.DRAFT));
        given(catalog.processingTime(9L)).willReturn(new ProcessingTime(5, 10, 10, 5, 5, 5, 20));

        mvc.perform(get("/api/v1/policy-versions/NQ-X/processing-time").with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intake").value(5))
                .andExpect(jsonPath("$.verifyCompletion").value(5))
                .andExpect(jsonPath("$.total").value(20));
    }

    @Test
    void shouldSetADraftsProcessingTimeAsAnAdministrator() throws Exception {
        ProcessingTime time = new ProcessingTime(3, 7, 8, 4, 5, 6, 15);
        given(versions.putProcessingTime(any(), eq("NQ-X"), eq(time))).willReturn(time);

        mvc.perform(put("/api/v1/policy-versions/NQ-X/processing-time").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supplement").value(7))
                .andExpect(jsonPath("$.total").value(15));
    }

    @Test
    void shouldRefuseAnyoneElseBeforeTheEngine() throws Exception {
        mvc.perform(put("/api/v1/policy-versions/NQ-X/processing-time").with(as("approver"))
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isForbidden());
        verifyNoInteractions(versions);
    }
}
