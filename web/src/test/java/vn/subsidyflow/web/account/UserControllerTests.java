package vn.subsidyflow.web.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.applicant.IssuedPassword;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.security.ApiSlice;

/** Staff accounts and one's own password at the edge: who may call, what comes back, how refusals look. */
@WebMvcTest({UserController.class, MyPasswordController.class})
@Import(ApiSlice.class)
class UserControllerTests {

    private static final UserAccount REVIEWER = new UserAccount(7L, "tham", "{bcrypt}secret", "Lê Văn Thẩm", "tham@so.vn",
            "0239 3855 123", "Chuyên viên", null, true, true, 1, Set.of(Role.REVIEWER));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StaffAccounts accounts;

    @Test
    void aCreatedAccountComesBackOnceWithItsTemporaryPasswordAndNeverItsHash() throws Exception {
        given(accounts.create(any(), any())).willReturn(new IssuedPassword(REVIEWER, "Abcdefgh23456789"));
        mvc.perform(post("/api/v1/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"tham\",\"displayName\":\"Lê Văn Thẩm\",\"email\":\"tham@so.vn\",\"roles\":[\"REVIEWER\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/tham"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.temporaryPassword").value("Abcdefgh23456789"))
                .andExpect(jsonPath("$.roles[0]").value("REVIEWER"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        given(accounts.account("tham")).willReturn(REVIEWER);
        mvc.perform(get("/api/v1/users/tham").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value("Chuyên viên"))
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist());
    }

    @Test
    void theLastAdministratorIsA409AndAnUnknownRoleA400() throws Exception {
        given(accounts.change(any(), eq("admin"), any())).willThrow(new DomainFailure(FailureCode.LAST_ADMINISTRATOR, "last"));
        mvc.perform(patch("/api/v1/users/admin").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LAST_ADMINISTRATOR"));
        mvc.perform(patch("/api/v1/users/tham").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer", "approver", "finance", "auditor"})
    void onlyAdministratorsManageAccounts(String who) throws Exception {
        mvc.perform(get("/api/v1/users").with(as(who))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/users/tham/password-reset").with(as(who))).andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/users/tham").with(as(who)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(accounts);
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndAWrongCurrentOneIsA422() throws Exception {
        mvc.perform(put("/api/v1/me/password").with(as("applicant1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"demo\",\"newPassword\":\"Hồng Lĩnh mùa lúa chín\"}"))
                .andExpect(status().isNoContent());
        given(accounts.changeOwnPassword(any(), eq("nope"), any()))
                .willThrow(new DomainFailure(FailureCode.WRONG_CURRENT_PASSWORD, "wrong"));
        mvc.perform(put("/api/v1/me/password").with(as("intake")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"nope\",\"newPassword\":\"Hồng Lĩnh mùa lúa chín\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("WRONG_CURRENT_PASSWORD"));
    }
}
