package vn.subsidyflow.web.page;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

class UiPublicPagesTests extends UiTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void shouldShowTheLandingPageInVietnameseByDefault() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Các nội dung hỗ trợ đang áp dụng")))
                .andExpect(content().string(containsString("tối đa 50.000.000 ₫")))
                .andExpect(content().string(containsString("lang=\"vi\"")));
    }

    @Test
    void shouldSwitchToEnglishWithOneClickAndRememberIt() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")))
                .andExpect(cookie().value("sf-lang", "en"));
        mvc.perform(get("/").cookie(new Cookie("sf-lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("up to 50,000,000 VND")));
    }

    @Test
    void shouldSendAnonymousVisitorsToTheSignInPage() throws Exception {
        mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void shouldSignInWithTheFormAndOutAgain() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "intake").param("password", "demo"))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(post("/login").with(csrf()).param("username", "intake").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/logout").with(as("intake")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void shouldLetTheSessionExpireAndSayWhyOnTheSignInPage() throws Exception {
        var signedIn = mvc.perform(post("/login").with(csrf()).param("username", "reviewer").param("password", "demo"))
                .andExpect(redirectedUrl("/home")).andReturn();
        // The page session is the one kept in the database (the mock request's own session is not used).
        String sessionId = signedIn.getResponse().getCookie("JSESSIONID").getValue();
        Session session = sessions.findById(sessionId);
        assertThat(session.getMaxInactiveInterval().toSeconds()).isEqualTo(30 * 60);
        HttpResponse<String> expired = new RealHttp(port).withCookie("JSESSIONID=expired-session").get("/my/dossiers");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/signup").param("username", "nocsrf").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "intake").param("password", "demo").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        // Without any token and session (an expired session's form), the user is sent to sign in again.
        mvc.perform(post("/my/dossiers").param("item", "ISO_9001")).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void shouldRegisterABusinessWithAValidTaxCode() throws Exception {
        String username = "su" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty TNHH Thử Nghiệm")
                        .param("organisationType", "ENTERPRISE").param("taxCode", TaxCodes.fresh()).param("address", "Hà Tĩnh")
                        .param("email", username + "@example.vn").param("username", username)
                        .param("password", "s3cret-pass").param("passwordAgain", "s3cret-pass"))
                .andExpect(redirectedUrl("/login?registered=" + username));
        mvc.perform(get("/login").param("registered", username))
                .andExpect(content().string(containsString("Đã đăng ký thành công")));
    }

    @Test
    void shouldShowATaxCodeWithABadCheckDigitNextToTheField() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty A").param("organisationType", "ENTERPRISE")
                        .param("taxCode", "0100233489").param("address", "Hà Tĩnh").param("email", "a@example.vn")
                        .param("username", "badtax1").param("password", "s3cret-pass").param("passwordAgain", "s3cret-pass"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"taxCode-error\"")))
                .andExpect(content().string(containsString("Mã số thuế không hợp lệ")))
                .andExpect(content().string(containsString("value=\"Công ty A\"")));
    }

    @Test
    void shouldRefuseDifferingPasswordsAndTakenUsernames() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty B").param("taxCode", TaxCodes.fresh())
                        .param("address", "Hà Tĩnh").param("email", "b@example.vn").param("username", "diffpw")
                        .param("password", "s3cret-pass").param("passwordAgain", "other-pass"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"passwordAgain-error\"")));
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty C").param("taxCode", TaxCodes.fresh())
                        .param("address", "Hà Tĩnh").param("email", "c@example.vn").param("username", "intake")
                        .param("password", "s3cret-pass").param("passwordAgain", "s3cret-pass"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"username-error\"")));
    }

    @Test
    void shouldShowFriendlyErrorPagesInBothLanguages() {
        RealHttp reviewer = RealHttp.signedIn(port, "reviewer", "demo");
        HttpResponse<String> denied = reviewer.get("/admin/users");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Không có quyền truy cập");
        assertThat(reviewer.get("/admin/users", "en").body()).contains("Access denied");

        RealHttp applicant = RealHttp.signedIn(port, "applicant1", "demo");
        HttpResponse<String> missing = applicant.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy", "class=\"error-code\">404<").doesNotContain("Exception");
        assertThat(applicant.get("/no-such-page", "en").body()).contains("Not found");
        HttpResponse<String> otherDossier = applicant.get("/my/dossiers/999999999");
        assertThat(otherDossier.statusCode()).isEqualTo(404);
        assertThat(otherDossier.body()).contains("Không tìm thấy");
    }

    @Test
    void shouldSendEachRoleToItsOwnStartPage() throws Exception {
        mvc.perform(get("/home").with(as("applicant1"))).andExpect(redirectedUrl("/my/dossiers"));
        mvc.perform(get("/home").with(as("intake"))).andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/home").with(as("finance"))).andExpect(redirectedUrl("/finance"));
        mvc.perform(get("/home").with(as("admin"))).andExpect(redirectedUrl("/finance"));
    }
}
