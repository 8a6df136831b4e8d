package vn.subsidyflow.web.page;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

/** The forms refuse a text longer than its column next to the field, in the user's words, not with the 500 page. */
class UiFormLimitsTests extends UiTestSupport {

    @Test
    void shouldShowAnOverlongOrganisationNameNextToTheField() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty ".repeat(40))
                        .param("organisationType", "ENTERPRISE").param("taxCode", TaxCodes.fresh()).param("address", "Hà Tĩnh")
                        .param("email", "long@example.vn").param("username", "longname1").param("password", "s3cret-pass-long")
                        .param("passwordAgain", "s3cret-pass-long"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"organisationName-error\"")))
                .andExpect(content().string(containsString("Nội dung dài hơn mức cho phép")));
    }

    @Test
    void shouldShowAnOverlongCommentOrDecisionNumberNextToTheField() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        String task = taskId(staff("intake", Role.INTAKE), id, "intake");
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "REQUEST_SUPPLEMENT")
                        .param("comment", "thiếu hoá đơn ".repeat(200)).with(as("intake")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("Nội dung dài hơn mức cho phép")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "ACCEPT")
                        .param("decisionNumber", "1".repeat(61)).with(as("intake")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void shouldShowAnAmountAboveTheSystemsLargestAsInvalid() throws Exception {
        mvc.perform(post("/my/dossiers").with(as(newBusiness())).with(csrf()).param("item", "TCVN_CONFORMITY")
                        .param("title", "Hồ sơ").param("cost", "999.999.999.999.999.999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cost-error\"")));
    }
}
