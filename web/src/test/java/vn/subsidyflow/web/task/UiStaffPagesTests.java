package vn.subsidyflow.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.UiTestSupport;
import vn.subsidyflow.workflow.Outcome;

class UiStaffPagesTests extends UiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void shouldListTasksFilteredByStepAndCategory() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        mvc.perform(get("/inbox").with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("HS-" + id)));
        mvc.perform(get("/inbox").param("step", "intake").param("category", "CONFORMITY_CERTIFICATION")
                        .param("sort", "organisation").with(as("intake")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("HS-" + id)));
        mvc.perform(get("/inbox").param("category", "INTELLECTUAL_PROPERTY").with(as("intake")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(">HS-" + id + "<"))));
        mvc.perform(get("/inbox").param("due", "overdue").with(as("intake"))).andExpect(status().isOk());
        mvc.perform(get("/inbox").param("due", "soon").param("mine", "true").with(as("intake"))).andExpect(status().isOk());
    }

    @Test
    void shouldPageALongQueueOnTheServerAndCountEachStep() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        // More overdue intake work than the page used to load (200), all older than anything else in the queue.
        int bulk = 230;
        try {
            for (int i = 0; i < bulk; i++) {
                jdbc.update("INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, candidate_group, "
                        + "due_at, created_at) VALUES (?, ?, 'bulk', 'intake', 'Tiếp nhận', 'INTAKE', ?, ?)",
                        String.format("bulk-%04d", i), id, java.sql.Timestamp.valueOf("2001-01-01 00:00:00").toLocalDateTime()
                                .plusMinutes(i), java.sql.Timestamp.valueOf("2001-01-01 00:00:00").toLocalDateTime());
            }
            long intakeTasks = inbox.count(staff("intake", Role.INTAKE), new vn.subsidyflow.review.InboxFilter("intake", null, null,
                    false, null, java.time.Instant.now(), null, 0, 1));
            assertThat(intakeTasks).isGreaterThanOrEqualTo(bulk);
            String pages = String.valueOf((inbox.count(staff("intake", Role.INTAKE), vn.subsidyflow.review.InboxFilter.firstPage())
                    + 49) / 50);
            mvc.perform(get("/inbox").param("due", "overdue").with(as("intake"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Tiếp nhận (" + intakeTasks + ")")))
                    .andExpect(content().string(containsString("page=1")));
            // The fifth page of the overdue intake work holds the bulk's tasks 200-229: beyond the old cut.
            String fifth = mvc.perform(get("/inbox").param("step", "intake").param("due", "overdue").param("page", "4")
                            .with(as("intake")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(fifth).contains("bulk-0200").contains("bulk-0229").doesNotContain("bulk-0199");
            mvc.perform(get("/inbox").with(as("intake"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Trang 1/" + pages)));
        } finally {
            jdbc.update("DELETE FROM open_task WHERE process_instance_id = 'bulk'");
        }
    }

    @Test
    void shouldClaimAndUnclaimATask() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        String task = taskId(staff("intake", Role.INTAKE), id, "intake");
        mvc.perform(post("/inbox/tasks/{t}/claim", task).with(as("intake")).with(csrf()))
                .andExpect(redirectedUrl("/inbox/tasks/" + task));
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("intake"))).andExpect(content().string(containsString("Đang do intake xử lý")));
        mvc.perform(post("/inbox/tasks/{t}/unclaim", task).with(as("intake")).with(csrf()))
                .andExpect(redirectedUrl("/inbox/tasks/" + task));
        assertThat(inbox.task(staff("intake", Role.INTAKE), task).assignee()).isNull();
    }

    @Test
    void shouldAskForTheMissingPapersBeforeSendingADossierBack() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        String task = taskId(staff("intake", Role.INTAKE), id, "intake");
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra thành phần hồ sơ")))
                .andExpect(content().string(containsString("Tải về")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "REQUEST_SUPPLEMENT").param("comment", " ")
                        .with(as("intake")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comment-error\"")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "ACCEPT").with(as("intake")).with(csrf()))
                .andExpect(header().string("Location", startsWith("/inbox")));
        assertThat(applications.get(staff("intake", Role.INTAKE), id).status()).isEqualTo(ApplicationStatus.IN_APPRAISAL);
    }

    @Test
    void shouldShowTheMaximumAndPreviousSupportAndRefuseAnAmountAboveIt() throws Exception {
        String business = newBusiness();
        long earlier = filed(business, "TCVN_CONFORMITY", 30_000_000L);
        long id = filed(business, "QCVN_CONFORMITY", 30_000_000L);
        complete(staff("intake", Role.INTAKE), id, "intake", TaskCompletion.of(Outcome.ACCEPT));
        String task = taskId(staff("reviewer", Role.REVIEWER), id, "appraisal");
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("15.000.000 ₫")))
                .andExpect(content().string(containsString("HS-" + earlier)));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "RECOMMEND_APPROVAL").param("amount", "16.000.000")
                        .with(as("reviewer")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"amount-error\"")))
                .andExpect(content().string(containsString("vượt mức hỗ trợ tối đa")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "RECOMMEND_APPROVAL").param("amount", "15.000.000")
                        .with(as("reviewer")).with(csrf()))
                .andExpect(header().string("Location", startsWith("/inbox")));
        assertThat(applications.get(staff("reviewer", Role.REVIEWER), id).recommendedAmountVnd()).isEqualTo(15_000_000L);
    }

    @Test
    void shouldRespectFourEyesOnTheDecisionPage() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        complete(staff("intake", Role.INTAKE), id, "intake", TaskCompletion.of(Outcome.ACCEPT));
        complete(staff("deputy", Role.REVIEWER, Role.APPROVER), id, "appraisal",
                new TaskCompletion(Outcome.RECOMMEND_APPROVAL, null, 10_000_000L, null, null, null));
        String task = taskId(staff("deputy", Role.REVIEWER, Role.APPROVER), id, "decision");
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("deputy"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn đã thẩm định hồ sơ này")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "APPROVE").param("decisionNumber", "1/QĐ")
                        .with(as("deputy")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Người đã thẩm định không được quyết định")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "APPROVE").param("decisionNumber", "")
                        .with(as("approver")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"decisionNumber-error\"")));
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "APPROVE").param("decisionNumber", "77/QĐ-SKHCN")
                        .param("decisionDate", calendar.today().toString()).with(as("approver")).with(csrf()))
                .andExpect(header().string("Location", startsWith("/inbox")));
        assertThat(applications.get(staff("approver", Role.APPROVER), id).status()).isEqualTo(ApplicationStatus.AWAITING_PAYMENT);
    }

    @Test
    void shouldOpenTheNextTaskAfterAStep() throws Exception {
        long first = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        String task = taskId(staff("intake", Role.INTAKE), first, "intake");
        mvc.perform(post("/inbox/tasks/{t}/complete", task).param("outcome", "ACCEPT").with(as("intake")).with(csrf()))
                .andExpect(redirectedUrlPattern("/inbox/tasks/*"));
    }

    @Test
    void shouldShowADossierToStaffAndKeepTasksFromOtherRoles() throws Exception {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 30_000_000L);
        mvc.perform(get("/cases/{id}", id).with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quá trình xử lý")));
        String task = taskId(staff("intake", Role.INTAKE), id, "intake");
        mvc.perform(get("/inbox/tasks/{t}", task).with(as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users").with(as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox").with(as("auditor"))).andExpect(status().isForbidden());
    }
}
