package vn.subsidyflow.web.registration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.applicant.Registrations;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.security.ApiSlice;

/** Anonymous sign-up at the edge: open to anyone, without a CSRF token, and checked before the domain sees it. */
@WebMvcTest(RegistrationController.class)
@Import(ApiSlice.class)
class RegistrationControllerTests {

    private static final String BODY = "{\"username\":\"songlam\",\"password\":\"Mật-khẩu-dài-2026\",\"email\":\"a@b.vn\","
            + "\"taxCode\":\"3000000001\",\"organisationName\":\"Công ty Sông Lam\",\"organisationType\":\"ENTERPRISE\","
            + "\"address\":\"Hà Tĩnh\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Registrations registrations;

    @Test
    void anyoneRegistersABusinessWithoutSigningIn() throws Exception {
        given(registrations.register(any())).willReturn(new UserAccount(11L, "songlam", "{bcrypt}x", "Công ty Sông Lam",
                "a@b.vn", 5L, true, Set.of(Role.APPLICANT)));
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/applications"))
                .andExpect(jsonPath("$.username").value("songlam"))
                .andExpect(jsonPath("$.organisationId").value(5))
                .andExpect(jsonPath("$.taxCode").value("3000000001"))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void onlyPostingIsOpen() throws Exception {
        mvc.perform(get("/api/v1/registrations")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void fieldsBeyondTheirLimitsOrOfTheWrongTypeAreRefused() throws Exception {
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"songlam\"", "\"" + "u".repeat(61) + "\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("username"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"3000000001\"", "\"300000000112345\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("taxCode"));
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"ENTERPRISE\"", "\"CORPORATION\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"ENTERPRISE\"", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(registrations);
    }

    @Test
    void aTakenTaxCodeKeepsItsCode() throws Exception {
        given(registrations.register(any())).willThrow(new DomainFailure(FailureCode.TAX_CODE_TAKEN, "already registered"));
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TAX_CODE_TAKEN"));
    }
}
