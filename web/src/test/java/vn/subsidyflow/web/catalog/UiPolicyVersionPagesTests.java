package vn.subsidyflow.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.web.support.UiTestSupport;

/** An administrator copies the version in force, edits, publishes and closes the copy from the pages; refusals shown on the form. */
class UiPolicyVersionPagesTests extends UiTestSupport {

    @Autowired
    PolicyVersions versions;

    @Test
    void shouldCopyEditPublishAndCloseAVersionWithEachRefusalOnItsForm() throws Exception {
        String code = "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String page = "/admin/policy-versions/" + code;
        mvc.perform(get("/admin/policy-versions").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("NQ215-2020-EXAMPLE")))
                .andExpect(content().string(containsString("/admin/policy-versions/NQ95-2022-EXAMPLE/copies")));

        mvc.perform(form("/admin/policy-versions/NQ95-2022-EXAMPLE/copies").param("newCode", code).param("name", "Bản mới")
                        .param("effectiveFrom", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"effectiveFrom-error\"")));
        mvc.perform(form("/admin/policy-versions/NQ95-2022-EXAMPLE/copies").param("newCode", code).param("name", "Bản mới")
                        .param("effectiveFrom", "2099-01-01"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ISO_9001")))
                .andExpect(content().string(containsString("Bản nháp")));

        mvc.perform(item(code, "60", "")).andExpect(redirectedUrl(page));
        mvc.perform(form(page + "/publication"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("chưa có căn cứ pháp lý")))
                .andExpect(content().string(containsString("<code>ISO_9001</code>")));
        mvc.perform(item(code, "sáu mươi", "NQ 1/2099"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"items.ratePct-error\"")))
                .andExpect(content().string(containsString("value=\"sáu mươi\"")));
        mvc.perform(item(code, "60", "NQ 1/2099, Điều 2")).andExpect(redirectedUrl(page));
        mvc.perform(get(page + "/items").param("item", "ISO_9001").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("NQ 1/2099, Điều 2")));

        mvc.perform(get(page + "/publication").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ban hành phiên bản " + code + "?")));
        assertThat(versions.version(code).status()).as("asking changes nothing").isEqualTo(PolicyVersionStatus.DRAFT);
        mvc.perform(form(page + "/publication")).andExpect(redirectedUrl(page));
        assertThat(versions.version(code).status()).isEqualTo(PolicyVersionStatus.IN_FORCE);
        mvc.perform(item(code, "70", "NQ 1/2099")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("chỉ bản nháp mới sửa")));

        mvc.perform(get(page + "/closure").param("effectiveTo", "2099-12-31").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("31/12/2099")));
        mvc.perform(form(page + "/closure").param("effectiveTo", "2001-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"effectiveTo-error\"")));
        mvc.perform(form(page + "/closure").param("effectiveTo", "2099-12-31")).andExpect(redirectedUrl(page));
        assertThat(versions.version(code).status()).isEqualTo(PolicyVersionStatus.CLOSED);
        assertThat(versions.version(code).effectiveTo()).hasToString("2099-12-31");
    }

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).with(as("admin")).with(csrf());
    }

    private MockHttpServletRequestBuilder item(String code, String rate, String citation) {
        return form("/admin/policy-versions/" + code + "/items").param("item", "ISO_9001").param("category", "MANAGEMENT_SYSTEM")
                .param("nameVi", "ISO 9001").param("nameEn", "ISO 9001").param("ratePct", rate).param("capVnd", "70.000.000")
                .param("capUnit", "PER_APPLICATION").param("frequencyLimit", "1").param("requiredDocuments", "APPLICATION_FORM", "INVOICE")
                .param("completionDocuments", "CERTIFICATE").param("legalCitation", citation);
    }
}
