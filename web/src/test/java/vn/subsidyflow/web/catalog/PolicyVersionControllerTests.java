package vn.subsidyflow.web.catalog;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import vn.subsidyflow.catalog.PolicyVersionCopy;
import vn.subsidyflow.catalog.PolicyVersionDraft;
import vn.subsidyflow.catalog.SupportItem;
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

    @ParameterizedTest
    @ValueSource(strings = {"finance", "auditor", "approver", "applicant1"})
    void onlyAnAdministratorCopiesEditsPublishesOrClosesAVersion(String other) throws Exception {
        for (var request : List.of(post("/api/v1/policy-versions/NQ95/copies"), put("/api/v1/policy-versions/NQ96/items/ISO_9001"),
                post("/api/v1/policy-versions/NQ96/publication"), post("/api/v1/policy-versions/NQ95/closure"))) {
            mvc.perform(request.with(as(other)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        verifyNoInteractions(versions);
    }

    @Test
    void aCopyIsCreatedAtItsNewCodeAndAnItemIsWrittenUnderThePathsCode() throws Exception {
        given(versions.copy(any(), eq("NQ95"), eq(new PolicyVersionCopy("NQ96", "Chính sách 2026", LocalDate.of(2027, 1, 1), null, null))))
                .willReturn(new PolicyVersion(4, "NQ96", "Chính sách 2026", "NQ 95", LocalDate.of(2027, 1, 1), null, 1_000, 0, false,
                        PolicyVersionStatus.DRAFT));
        mvc.perform(post("/api/v1/policy-versions/NQ95/copies").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newCode\":\"NQ96\",\"name\":\"Chính sách 2026\",\"effectiveFrom\":\"2027-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/policy-versions/NQ96"))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        given(versions.putItem(any(), eq("NQ96"), any())).willAnswer(call -> {
            PolicyVersionDraft.Item item = call.getArgument(2);
            return new SupportItem(9, 4, "NQ96", item.code(), item.category(), item.nameVi(), item.nameEn(), item.ratePct(),
                    item.capVnd(), item.capUnit(), item.frequencyLimit(), item.requiredDocuments(), item.completionDocuments(),
                    item.legalCitation(), false, LocalDate.of(2027, 1, 1), null);
        });
        mvc.perform(put("/api/v1/policy-versions/NQ96/items/ISO_9001").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"MANAGEMENT_SYSTEM\",\"nameVi\":\"ISO\",\"nameEn\":\"ISO\",\"ratePct\":60,"
                                + "\"capVnd\":70000000,\"capUnit\":\"PER_APPLICATION\",\"frequencyLimit\":1,"
                                + "\"requiredDocuments\":[\"APPLICATION_FORM\"],\"completionDocuments\":[],\"legalCitation\":\"NQ 96, Điều 2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("ISO_9001"))
                .andExpect(jsonPath("$.ratePct").value(60))
                .andExpect(jsonPath("$.policyCode").value("NQ96"));
    }

    @Test
    void anItemsEligibilityRulesAreWrittenAndReadBack() throws Exception {
        given(versions.putItem(any(), eq("NQ96"), any())).willAnswer(call -> {
            PolicyVersionDraft.Item item = call.getArgument(2);
            return new SupportItem(9, 4, "NQ96", item.code(), item.category(), item.nameVi(), item.nameEn(), item.ratePct(),
                    item.capVnd(), item.capUnit(), item.frequencyLimit(), item.requiredDocuments(), item.completionDocuments(),
                    item.legalCitation(), false, LocalDate.of(2027, 1, 1), null, item.applicantTypes(),
                    item.headOfficeInProvince(), item.sizes(), item.frequencyYears());
        });
        mvc.perform(put("/api/v1/policy-versions/NQ96/items/ISO_9001").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"MANAGEMENT_SYSTEM\",\"nameVi\":\"ISO\",\"nameEn\":\"ISO\",\"ratePct\":60,"
                                + "\"capVnd\":70000000,\"capUnit\":\"PER_APPLICATION\",\"frequencyLimit\":1,"
                                + "\"requiredDocuments\":[\"APPLICATION_FORM\"],\"completionDocuments\":[],\"legalCitation\":\"NQ 96, Điều 2\","
                                + "\"applicantTypes\":[\"ENTERPRISE\",\"COOPERATIVE\"],\"headOfficeInProvince\":true,"
                                + "\"sizes\":[\"MICRO\",\"SMALL\"],\"frequencyYears\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicantTypes[1]").value("COOPERATIVE"))
                .andExpect(jsonPath("$.headOfficeInProvince").value(true))
                .andExpect(jsonPath("$.sizes[0]").value("MICRO"))
                .andExpect(jsonPath("$.frequencyYears").value(3));
    }

    @Test
    void aVersionIsReadWithItsItemsAndAClosureNeedsADate() throws Exception {
        given(versions.version("NQ95")).willReturn(new PolicyVersion(1, "NQ95", "Chính sách", "NQ 95", LocalDate.of(2023, 1, 1),
                null, 1_000, 0, true, PolicyVersionStatus.IN_FORCE));
        given(versions.items("NQ95")).willReturn(List.of());
        mvc.perform(get("/api/v1/policy-versions/NQ95").with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("NQ95"))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(post("/api/v1/policy-versions/NQ95/closure").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveTo\":\"31/12/2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }
}
