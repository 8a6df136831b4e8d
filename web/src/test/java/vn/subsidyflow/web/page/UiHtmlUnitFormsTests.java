package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

/** The forms as a browser without JavaScript fills them: hidden CSRF field, redirects, the flash after them. */
class UiHtmlUnitFormsTests extends UiTestSupport {

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldSignUpSignInAndStartADossierThroughTheForms() throws Exception {
        String username = "hu" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        HtmlPage signUp = browser.getPage("http://localhost/signup");
        HtmlForm form = signUp.getForms().get(0);
        form.getInputByName("organisationName").type("Hộ kinh doanh Mật ong Hương Sơn");
        form.getInputByName("taxCode").type(TaxCodes.fresh());
        form.getInputByName("address").type("Xã Sơn Kim, tỉnh Hà Tĩnh");
        form.getInputByName("email").type(username + "@example.vn");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(PASSWORD);
        form.getInputByName("passwordAgain").type(PASSWORD);
        HtmlPage login = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(login.getUrl().toString()).contains("/login?registered=" + username);
        assertThat(login.asNormalizedText()).contains("Đã đăng ký thành công");

        HtmlForm signIn = login.getForms().get(login.getForms().size() - 1);
        signIn.getInputByName("password").type(PASSWORD);
        HtmlPage dossiers = signIn.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(dossiers.getUrl().getPath()).isEqualTo("/my/dossiers");
        assertThat(dossiers.asNormalizedText()).contains("Bạn chưa có hồ sơ nào");

        HtmlPage english = browser.getPage("http://localhost/my/dossiers?lang=en");
        assertThat(english.asNormalizedText()).contains("You have no dossiers yet");
    }
}
