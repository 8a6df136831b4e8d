package vn.subsidyflow.web.organisation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationProfiles;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.web.security.ApiSlice;

/** A business's own organisation and bank account at the edge. */
@WebMvcTest(OrganisationController.class)
@Import(ApiSlice.class)
class OrganisationControllerTests {

    private static final Organisation MINE = new Organisation(1L, "3000000001", "Công ty A", OrganisationType.ENTERPRISE,
            "Hà Tĩnh", "a@b.vn", "0239", "Vietcombank", "0011", "CONG TY A");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    OrganisationProfiles profiles;

    @Test
    void aBusinessReadsItsOwnOrganisation() throws Exception {
        given(accounts.organisation(1)).willReturn(MINE);
        mvc.perform(get("/api/v1/organisation").with(as("applicant1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxCode").value("3000000001"))
                .andExpect(jsonPath("$.bankAccountNumber").value("0011"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "finance", "admin", "auditor"})
    void staffHaveNoOrganisationHere(String staff) throws Exception {
        mvc.perform(get("/api/v1/organisation").with(as(staff))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(put("/api/v1/organisation/bank-account").with(as(staff)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bankName\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisation/contact").with(as(staff)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x@y.vn\"}")).andExpect(status().isForbidden());
        verifyNoInteractions(accounts);
        verifyNoInteractions(profiles);
    }

    @Test
    void theContactDetailsAreChangedWithinTheirLimits() throws Exception {
        given(profiles.changeContact(any(), eq("0912345678"), eq("moi@a.vn"), eq("Hà Tĩnh"))).willReturn(MINE);
        mvc.perform(put("/api/v1/organisation/contact").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"0912345678\",\"email\":\"moi@a.vn\",\"address\":\"Hà Tĩnh\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxCode").value("3000000001"));
        mvc.perform(put("/api/v1/organisation/contact").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"moi@a.vn\",\"address\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("address"));
    }

    @Test
    void theBankAccountIsChangedWithinItsLimits() throws Exception {
        given(accounts.changeBankAccount(any(), eq("BIDV"), eq("123"), eq("CONG TY A"))).willReturn(MINE);
        mvc.perform(put("/api/v1/organisation/bank-account").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankName\":\"BIDV\",\"accountNumber\":\"123\",\"accountName\":\"CONG TY A\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisation/bank-account").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankName\":\"BIDV\",\"accountNumber\":\"" + "1".repeat(41) + "\",\"accountName\":\"A\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("accountNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        mvc.perform(put("/api/v1/organisation/bank-account").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankName\":123}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void theProfileIsChangedWithinItsLimits() throws Exception {
        Organisation moved = new Organisation(1L, "3000000001", "Công ty A", OrganisationType.ENTERPRISE,
                "Số 1 Phan Đình Phùng, Hà Tĩnh", "a@b.vn", "0239", null, null, null, "42", OrganisationSize.SMALL);
        given(accounts.changeProfile(any(), eq("Số 1 Phan Đình Phùng, Hà Tĩnh"), eq("42"), eq(OrganisationSize.SMALL)))
                .willReturn(moved);
        mvc.perform(put("/api/v1/organisation/profile").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\":\"Số 1 Phan Đình Phùng, Hà Tĩnh\",\"provinceCode\":\"42\",\"size\":\"SMALL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceCode").value("42"))
                .andExpect(jsonPath("$.size").value("SMALL"));
        mvc.perform(put("/api/v1/organisation/profile").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\":\"A\",\"provinceCode\":\"420\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("provinceCode"));
        mvc.perform(put("/api/v1/organisation/profile").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\":\"A\",\"size\":\"HUGE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aGuesserIsThrottledWith429AndToldWhenToTryAgain() throws Exception {
        // A name no other test of this context signs in with: its allowance is this test's alone.
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/organisation").with(httpBasic("guesser", "wrong" + attempt)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
        mvc.perform(get("/api/v1/organisation").with(httpBasic("guesser", "wrong")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("TOO_MANY_SIGN_IN_ATTEMPTS"));
        verifyNoInteractions(accounts);
    }
}
