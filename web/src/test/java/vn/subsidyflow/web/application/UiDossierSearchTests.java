package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.web.support.UiTestSupport;

/** Staff look dossiers up in the pages, page through them on the server and take them away as CSV. */
class UiDossierSearchTests extends UiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldFindABusinessesDossiersByTaxCodeOnePageAtATimeWithoutItsDrafts() throws Exception {
        String business = newBusiness();
        long first = filed(business, "ISO_9001", 60_000_000L);
        long second = filed(business, "ISO_9001", 70_000_000L);
        long draft = draft(business, "ISO_9001", 80_000_000L, List.of());
        long elsewhere = filed(newBusiness(), "ISO_9001", 60_000_000L);
        String taxCode = taxCodeOf(business);

        String page = mvc.perform(get("/cases").param("q", taxCode).param("sort", "id,asc").param("size", "1")
                        .with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 hồ sơ")))
                .andExpect(content().string(containsString("Trang 1/2")))
                .andExpect(content().string(containsString("HS-" + first)))
                .andExpect(content().string(not(containsString("HS-" + second + "<"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("page=1").doesNotContain("HS-" + draft + "<").doesNotContain("HS-" + elsewhere + "<");
        mvc.perform(get("/cases").param("q", taxCode).param("sort", "id,asc").param("size", "1").param("page", "1")
                        .with(as("reviewer")))
                .andExpect(content().string(containsString("HS-" + second)))
                .andExpect(content().string(containsString("Trang 2/2")));
        mvc.perform(get("/cases").param("taxCode", taxCode).param("filedFrom", calendar.today().plusDays(1).toString())
                        .with(as("reviewer")))
                .andExpect(content().string(containsString("Không có hồ sơ nào phù hợp.")));
    }

    @Test
    void shouldExportEveryMatchingDossierAsSafeCsv() throws Exception {
        String business = newBusiness();
        long first = filed(business, "ISO_9001", 60_000_000L);
        long second = filed(business, "ISO_9001", 70_000_000L);
        jdbc.update("UPDATE application SET title = '=HYPERLINK(\"http://x\")' WHERE id = ?", second);

        byte[] csv = mvc.perform(get("/cases/export.csv").param("taxCode", taxCodeOf(business)).param("sort", "id,asc")
                        .param("size", "1").with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dossiers.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFid,status,organisationName,taxCode");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(first + ",SUBMITTED,Công ty " + business);
        assertThat(lines.get(2)).startsWith(second + ",").contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void shouldRefuseABadSortAndKeepBusinessesOut() throws Exception {
        mvc.perform(get("/cases").param("sort", "title").with(as("reviewer"))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/cases").param("filedFrom", "2026-02-01").param("filedTo", "2026-01-01").with(as("reviewer")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/cases").with(as("applicant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/export.csv").with(as("applicant1"))).andExpect(status().isForbidden());
    }

    private String taxCodeOf(String username) {
        return jdbc.queryForObject("SELECT o.tax_code FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
                + "WHERE u.username = ?", String.class, username);
    }
}
