package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.notice.StaffDigest;

/** The staff digest: once a working day, to each staff member with overdue or due-soon tasks, in their language. */
class StaffDigestIntegrationTests extends NoticeTestSupport {

    @Autowired
    StaffDigest digest;
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void eachWorkingDayAStaffMemberWithTasksGetsOneDigestListingOverdueAndDueSoonTasks() throws Exception {
        Business business = business("IN_APPRAISAL");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reviewer = "dg" + tag;
        user(reviewer, "Jane Digest " + tag, reviewer + "@so.vn", null, "en");
        jdbc.update("INSERT INTO user_role (user_id, role) SELECT id, 'REVIEWER' FROM app_user WHERE username = ?", reviewer);
        // Assigned to the new reviewer alone, so no other test's inbox sees them.
        task("late-" + tag, business.applicationId(), reviewer, "UTC_TIMESTAMP(3) - INTERVAL 2 DAY");
        task("soon-" + tag, business.applicationId(), reviewer, "UTC_TIMESTAMP(3) + INTERVAL 2 HOUR");
        try {
            LocalDate day = LocalDate.of(2090, 1, 2).plusDays(Math.floorMod(tag.hashCode(), 20_000));
            while (!calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            LocalDate sunday = day.with(java.time.DayOfWeek.SUNDAY);
            assertThat(digest.send(sunday)).as("no digest on a day off").isZero();
            assertThat(digest.send(day)).isPositive();
            assertThat(digest.send(day)).as("once a day, whichever node asks again").isZero();

            String address = reviewer + "@so.vn";
            await("the digest", Duration.ofSeconds(30), () -> !mailTo(address).isEmpty());
            List<MimeMessage> mails = mailTo(address);
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getSubject()).startsWith("Your tasks on ").contains("1 overdue");
            assertThat(MailParts.text(mails.get(0))).startsWith("Dear Jane Digest").contains("Overdue:").contains("Due soon:")
                    .contains("ISO 9001 cho nhà máy");
        } finally {
            jdbc.update("DELETE FROM open_task WHERE task_id IN (?, ?)", "late-" + tag, "soon-" + tag);
        }
    }

    private void task(String id, long application, String assignee, String dueAt) {
        jdbc.update("INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, candidate_group, assignee, "
                + "due_at, created_at) VALUES (?, ?, 'none', 'appraisal', 'Thẩm định hồ sơ', NULL, ?, " + dueAt + ", UTC_TIMESTAMP(3))",
                id, application, assignee);
    }
}
