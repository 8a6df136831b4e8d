package vn.subsidyflow.web.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyVersionDraft;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

/** The sign-up page asks for the head office's province and the size; a refused submission names each unmet rule. */
class UiEligibilityPagesTests extends UiTestSupport {

    @Autowired
    PolicyVersions policyVersions;

    @Test
    void shouldKeepTheProvinceCodeAndSizeTypedAtSignUpAndShowABadCodeNextToItsField() throws Exception {
        String username = "pv" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty TNHH Kỳ Anh")
                        .param("organisationType", "ENTERPRISE").param("taxCode", TaxCodes.fresh())
                        .param("address", "Phường Sông Trí, Kỳ Anh").param("provinceCode", "42").param("size", "SMALL")
                        .param("email", username + "@example.vn").param("username", username)
                        .param("password", "s3cret-pass").param("passwordAgain", "s3cret-pass"))
                .andExpect(redirectedUrl("/login?registered=" + username));
        Organisation organisation = accounts.organisation(accounts.user(username).orElseThrow().organisationId());
        assertThat(organisation.provinceCode()).isEqualTo("42");
        assertThat(organisation.size()).isEqualTo(OrganisationSize.SMALL);
        assertThat(organisation.address()).isEqualTo("Phường Sông Trí, Kỳ Anh");

        mvc.perform(post("/signup").with(csrf()).param("organisationName", "Công ty D").param("organisationType", "ENTERPRISE")
                        .param("taxCode", TaxCodes.fresh()).param("address", "Hà Tĩnh").param("provinceCode", "4X")
                        .param("email", "d@example.vn").param("username", "badprov1")
                        .param("password", "s3cret-pass").param("passwordAgain", "s3cret-pass"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"provinceCode-error\"")))
                .andExpect(content().string(containsString("value=\"4X\"")));
    }

    @Test
    void shouldNameEveryUnmetRuleWhenASubmissionIsRefusedInBothLanguages() throws Exception {
        String item = "UI" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        policyVersions.load(staff("admin", Role.ADMIN), new PolicyVersionDraft(item, "Chính sách " + item, "NQ " + item,
                LocalDate.of(2020, 1, 1), null, 10_000_000_000L, List.of(new PolicyVersionDraft.Item(item,
                Category.MANAGEMENT_SYSTEM, "Hạng mục", "Item", 50, 30_000_000L, "PER_APPLICATION", 0,
                List.of(DocumentKind.APPLICATION_FORM), List.of(), "Điều 1", List.of(OrganisationType.COOPERATIVE), true,
                List.of(OrganisationSize.MICRO), 0))));
        String me = newBusiness(); // an enterprise that declared neither province nor size
        long id = draft(me, item, 20_000_000L, List.of(DocumentKind.APPLICATION_FORM));

        mvc.perform(post("/my/dossiers/{id}/submit", id).with(as(me)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tổ chức chưa đáp ứng điều kiện của hạng mục hỗ trợ")))
                .andExpect(content().string(containsString("Loại hình tổ chức không thuộc đối tượng")))
                .andExpect(content().string(containsString("Trụ sở chính phải đặt tại tỉnh")))
                .andExpect(content().string(containsString("Quy mô doanh nghiệp không thuộc đối tượng")));
        mvc.perform(post("/my/dossiers/{id}/submit", id).with(as(me)).with(csrf()).cookie(new Cookie("sf-lang", "en")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The head office must be in the province")));
    }
}
