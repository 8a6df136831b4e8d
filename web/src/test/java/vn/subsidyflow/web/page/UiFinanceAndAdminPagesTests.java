package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.UiTestSupport;

class UiFinanceAndAdminPagesTests extends UiTestSupport {

    @Test
    void shouldShowTheBudgetDashboardWithChartTableAndWhatIsLeft() throws Exception {
        mvc.perform(get("/finance").with(as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"chart\"")))
                .andExpect(content().string(containsString("Còn lại")))
                .andExpect(content().string(containsString("Hồ sơ chờ chi trả")));
        mvc.perform(get("/finance").param("year", "2020").with(as("auditor")).cookie(new Cookie("sf-lang", "en")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No allocation for this year yet")));
    }

    @Test
    void shouldPayADossierFromThePaymentTask() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        approved(id, 12_000_000L);
        String task = taskId(staff("finance", Role.FINANCE), id, "payment");
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("12.000.000 ₫")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "PAY").param("paymentReference", "")
                        .with(as("finance")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"paymentReference-error\"")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "PAY").param("paymentReference", "KB-" + id)
                        .with(as("finance")).with(csrf()))
                .andExpect(header().string("Location", startsWith("/inbox")));
        assertThat(applications.get(staff("finance", Role.FINANCE), id).status()).isEqualTo(ApplicationStatus.PAID);
        mvc.perform(get("/finance/ledger").param("dossier", String.valueOf(id)).param("type", "DISBURSE").with(as("finance")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("12.000.000 ₫")));
        mvc.perform(get("/finance/ledger.csv").param("dossier", String.valueOf(id)).with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(containsString("DISBURSE,12000000")));
    }

    @Test
    void shouldListUsersAndSupportItemsForAdministrators() throws Exception {
        mvc.perform(get("/admin/users").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("applicant1")))
                .andExpect(content().string(containsString("Thẩm định")));
        mvc.perform(get("/admin/support-items").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("TRADEMARK_DOMESTIC")))
                .andExpect(content().string(containsString("15.000.000 ₫")));
    }

    @Test
    void shouldAddAndRemoveHolidaysWithErrorsNextToTheField() throws Exception {
        LocalDate day = LocalDate.of(2031, 9, 3);
        mvc.perform(get("/admin/holidays").param("year", "2031").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/admin/holidays").param("day", "").param("nameVi", "Lễ").param("nameEn", "Holiday")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"day-error\"")));
        mvc.perform(post("/admin/holidays").param("day", day.toString()).param("nameVi", "Nghỉ bù Quốc khánh")
                        .param("nameEn", "National Day swap").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/holidays?year=2031"));
        mvc.perform(get("/admin/holidays").param("year", "2031").with(as("admin")))
                .andExpect(content().string(containsString("03/09/2031")));
        mvc.perform(post("/admin/holidays").param("day", day.toString()).param("nameVi", "Trùng").param("nameEn", "Again")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ngày này đã là ngày nghỉ")));
        mvc.perform(post("/admin/holidays/delete").param("day", day.toString()).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/holidays?year=2031"));
        assertThat(calendar.holidays(2031)).noneMatch(h -> h.day().equals(day));
    }

    @Test
    void shouldKeepNonAdministratorsOutOfAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(as("finance"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/holidays").param("day", "2031-01-02").param("nameVi", "x").param("nameEn", "x")
                .with(as("reviewer")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/finance").with(as("intake"))).andExpect(status().isForbidden());
    }
}
