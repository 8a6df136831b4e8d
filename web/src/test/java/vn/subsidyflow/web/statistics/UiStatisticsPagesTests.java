package vn.subsidyflow.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.UiTestSupport;
import vn.subsidyflow.workflow.Outcome;

/** The leaders' dashboard over the last twelve months equals a count made here from the dossiers themselves. */
class UiStatisticsPagesTests extends UiTestSupport {

    private static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DataSource dataSource;

    @Test
    void shouldShowTheFiguresOfTheLastTwelveMonthsAsTheDossiersCountThem() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String me = newBusiness();
        long onTime = filed(me, "ISO_9001", 60_000_000L);
        long late = filed(me, "ISO_9001", 70_000_000L);
        filed(me, "TCVN_CONFORMITY", 30_000_000L);
        complete(staff("intake", Role.INTAKE), onTime, "intake", new TaskCompletion(Outcome.REFUSE, "Không thuộc đối tượng", null,
                null, null, null));
        complete(staff("intake", Role.INTAKE), late, "intake", new TaskCompletion(Outcome.REFUSE, "Không thuộc đối tượng", null,
                null, null, null));
        jdbc.update("UPDATE application SET appointment_on = ? WHERE id = ?", calendar.today(), onTime);
        jdbc.update("UPDATE application SET appointment_on = ? WHERE id = ?", calendar.today().minusDays(1), late);

        YearMonth now = YearMonth.from(calendar.today());
        Instant from = now.minusMonths(11).atDay(1).atStartOfDay(HA_TINH).toInstant();
        Instant to = now.plusMonths(1).atDay(1).atStartOfDay(HA_TINH).toInstant();
        long received = jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE submitted_at >= ? AND submitted_at < ?",
                Long.class, from, to);
        String settled = "FROM application WHERE closed_at >= ? AND closed_at < ? "
                + "AND status IN ('PAID', 'REFUSED', 'REJECTED', 'LAPSED', 'NOT_GRANTED') AND appointment_on IS NOT NULL";
        long judged = jdbc.queryForObject("SELECT COUNT(*) " + settled, Long.class, from, to);
        long inTime = jdbc.queryForObject("SELECT COUNT(*) " + settled
                + " AND DATE(CONVERT_TZ(closed_at, '+00:00', '+07:00')) <= appointment_on", Long.class, from, to);
        assertThat(judged).isGreaterThanOrEqualTo(2);

        String page = mvc.perform(get("/statistics").with(as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thống kê giải quyết hồ sơ")))
                .andExpect(content().string(containsString("class=\"stats-chart\"")))
                .andExpect(content().string(containsString("không được tính")))
                .andReturn().getResponse().getContentAsString();
        assertThat(number(page, "stat-received")).isEqualTo(received);
        assertThat(page).contains(inTime + " trên " + judged + " hồ sơ");

        mvc.perform(get("/api/v1/statistics").with(as("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(received))
                .andExpect(jsonPath("$.onTime.withAppointment").value(judged))
                .andExpect(jsonPath("$.onTime.onTime").value(inTime))
                .andExpect(jsonPath("$.months.length()").value(12));
        mvc.perform(get("/statistics").param("lang", "en").with(as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Statistics of the procedure")))
                .andExpect(content().string(containsString("are not counted")));
    }

    private static long number(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([0-9.,]+)<").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(".", "").replace(",", ""));
    }
}
