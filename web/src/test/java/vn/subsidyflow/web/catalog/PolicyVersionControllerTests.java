package vn.subsidyflow.web.catalog;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.web.security.ApiSlice;

/** Policy versions at the edge: only an administrator loads one; its code is encoded in the Location. */
@WebMvcTest(PolicyVersionController.class)
@Import(ApiSlice.class)
class PolicyVersionControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PolicyVersions versions;

    @ParameterizedTest
    @ValueSource(strings = {"finance", "auditor", "approver", "applicant1"})
    void onlyAnAdministratorLoadsAVersion(String other) throws Exception {
        mvc.perform(post("/api/v1/policy-versions").with(as(other)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(versions);
    }

    @Test
    void aLoadedVersionIsFoundAtItsEncodedCode() throws Exception {
        given(versions.load(any(), any())).willReturn(new PolicyVersion(3, "NQ 12-2026 Hà Tĩnh", "Chính sách", "NQ 12",
                LocalDate.of(2026, 1, 1), null, 1_000, 0, false, PolicyVersionStatus.IN_FORCE));
        mvc.perform(post("/api/v1/policy-versions").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"NQ 12-2026 Hà Tĩnh\",\"totalVnd\":1000,\"items\":[]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/policy-versions/NQ%2012-2026%20H%C3%A0%20T%C4%A9nh"))
                .andExpect(jsonPath("$.code").value("NQ 12-2026 Hà Tĩnh"));
    }

    @Test
    void aDraftOfTheWrongShapeIsMalformedAndAnyoneSignedInListsVersions() throws Exception {
        mvc.perform(post("/api/v1/policy-versions").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X\",\"totalVnd\":\"1000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(versions);
        given(versions.versions()).willReturn(List.of());
        mvc.perform(get("/api/v1/policy-versions").with(as("intake"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/policy-versions")).andExpect(status().isUnauthorized());
    }
}
