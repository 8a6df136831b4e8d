package vn.subsidyflow.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.web.support.UiTestSupport;

/** A business's profile page: what it sees, its contact details, and a bank account change confirmed by password. */
class UiOrganisationPagesTests extends UiTestSupport {

    private Organisation organisationOf(String username) {
        return accounts.organisation(accounts.user(username).orElseThrow().organisationId());
    }

    @Test
    void shouldShowTheOrganisationAsRegisteredWithItsBankAccount() throws Exception {
        String me = newBusiness();
        Organisation mine = organisationOf(me);
        mvc.perform(get("/my/organisation").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.taxCode())))
                .andExpect(content().string(containsString("Công ty " + me)))
                .andExpect(content().string(containsString(mine.bankAccountNumber())))
                .andExpect(content().string(containsString("href=\"/my/organisation\"")));
    }

    @Test
    void shouldSaveTheContactDetailsAndShowARefusalNextToItsField() throws Exception {
        String me = newBusiness();
        mvc.perform(post("/my/organisation/contact").with(as(me)).with(csrf()).param("phone", "0912 345 678")
                        .param("email", "lienhe@" + me + ".vn").param("address", "Số 1 Trần Phú, Hà Tĩnh"))
                .andExpect(redirectedUrl("/my/organisation"));
        Organisation saved = organisationOf(me);
        assertThat(saved.phone()).isEqualTo("0912345678");
        assertThat(saved.email()).isEqualTo("lienhe@" + me + ".vn");
        assertThat(saved.address()).isEqualTo("Số 1 Trần Phú, Hà Tĩnh");

        mvc.perform(post("/my/organisation/contact").with(as(me)).with(csrf()).param("phone", "12345")
                        .param("email", "lienhe@" + me + ".vn").param("address", "Kỳ Anh"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"phone-error\"")))
                .andExpect(content().string(containsString("value=\"Kỳ Anh\"")));
        mvc.perform(post("/my/organisation/contact").with(as(me)).with(csrf()).param("email", "lienhe@" + me + ".vn")
                        .param("address", "x".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"address-error\"")));
        assertThat(organisationOf(me)).isEqualTo(saved);
    }

    @Test
    void shouldChangeTheBankAccountOnlyWithTheCurrentPassword() throws Exception {
        String me = newBusiness();
        Organisation before = organisationOf(me);
        mvc.perform(post("/my/organisation/bank-account").with(as(me)).with(csrf()).param("currentPassword", "not-my-password")
                        .param("bankName", "BIDV Hà Tĩnh").param("accountNumber", "12345678901").param("accountName", "CONG TY MOI"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")))
                .andExpect(content().string(containsString("value=\"12345678901\"")))
                .andExpect(content().string(not(containsString("not-my-password"))));
        mvc.perform(post("/my/organisation/bank-account").with(as(me)).with(csrf())
                        .param("bankName", "BIDV Hà Tĩnh").param("accountNumber", "12345678901").param("accountName", "CONG TY MOI"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")));
        assertThat(organisationOf(me)).isEqualTo(before);

        mvc.perform(post("/my/organisation/bank-account").with(as(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("bankName", "BIDV Hà Tĩnh").param("accountNumber", "12345678901").param("accountName", "CONG TY MOI"))
                .andExpect(redirectedUrl("/my/organisation"));
        assertThat(organisationOf(me)).extracting(Organisation::bankName, Organisation::bankAccountNumber,
                Organisation::bankAccountName).containsExactly("BIDV Hà Tĩnh", "12345678901", "CONG TY MOI");

        mvc.perform(post("/my/organisation/bank-account").with(as(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("bankName", "BIDV").param("accountNumber", "12ab").param("accountName", "X"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("6–20")));
    }
}
