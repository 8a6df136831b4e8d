package vn.subsidyflow.web.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.notice.PasswordResets;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** Forgotten passwords at the edge: anyone may ask, the answer is always the same, asking too often is throttled. */
@WebMvcTest(PasswordResetController.class)
@Import(ApiSlice.class)
class PasswordResetControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PasswordResets resets;

    @Test
    void anyoneAsksAndGetsTheSameAnswerUntilAskingTooOften() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"a@b.vn\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("ACCEPTED"));
        }
        verify(resets, times(5)).request("a@b.vn");
        mvc.perform(post("/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"a@b.vn\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("TOO_MANY_SIGN_IN_ATTEMPTS"));
        verify(resets, times(5)).request("a@b.vn");
    }

    @Test
    void aTokenSetsTheNewPasswordOrIsRefused() throws Exception {
        mvc.perform(post("/api/v1/password-resets/good").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"Hồng Lĩnh mùa lúa chín\"}"))
                .andExpect(status().isNoContent());
        verify(resets).reset(eq("good"), eq("Hồng Lĩnh mùa lúa chín"), any());
        willThrow(new DomainFailure(FailureCode.INVALID_RESET_TOKEN, "used", Map.of("field", "token")))
                .given(resets).reset(eq("used"), any(), any());
        mvc.perform(post("/api/v1/password-resets/used").contentType(MediaType.APPLICATION_JSON).content("{\"newPassword\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_RESET_TOKEN"));
    }
}
