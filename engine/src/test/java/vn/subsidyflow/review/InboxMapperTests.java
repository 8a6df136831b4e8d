package vn.subsidyflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class InboxMapperTests extends MapperTestSupport {

    private static final Instant NOW = Instant.parse("2091-05-04T03:00:00Z");

    @Autowired
    InboxMapper inbox;
    @Autowired
    Rows rows;
    @Autowired
    DataSource dataSource;
    private JdbcTemplate jdbc;

    // Groups and users of this test only, so the queues hold only its tasks.
    private final String group = "g-" + UUID.randomUUID().toString().substring(0, 8);
    private final String me = "me-" + UUID.randomUUID().toString().substring(0, 8);
    private long application;

    @BeforeEach
    void dossier() {
        jdbc = new JdbcTemplate(dataSource);
        application = rows.application(rows.organisation("Công ty Hồng Lĩnh"), "SUBMITTED", null, null, null, 0);
    }

    @Test
    void aTaskIsInsertedFoundWithItsDossierAssignedAndDeleted() {
        String id = task("intake", null, NOW.plusSeconds(3600));
        OpenTask task = inbox.find(id).orElseThrow();
        assertThat(task.applicationId()).isEqualTo(application);
        assertThat(task.taskKey()).isEqualTo("intake");
        assertThat(task.candidateGroup()).isEqualTo(group);
        assertThat(task.assignee()).isNull();
        assertThat(task.dueAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(task.organisationName()).isEqualTo("Công ty Hồng Lĩnh");
        assertThat(task.supportItemCode()).isEqualTo("ISO_9001");
        assertThat(task.category()).isEqualTo(Category.MANAGEMENT_SYSTEM);
        assertThat(task.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(task.maxSupportVnd()).isEqualTo(50_000_000L);

        assertThat(inbox.assign(id, me)).isEqualTo(1);
        assertThat(inbox.find(id).orElseThrow().assignee()).isEqualTo(me);
        assertThat(inbox.findForApplication(application)).extracting(OpenTask::taskId).containsExactly(id);

        assertThat(inbox.delete(id)).isEqualTo(1);
        assertThat(inbox.find(id)).isEmpty();
        task("appraisal", null, null);
        task("decision", null, null);
        assertThat(inbox.deleteByApplication(application)).isEqualTo(2);
        assertThat(inbox.findForApplication(application)).isEmpty();
    }

    @Test
    void theTasksOfOneStepOfSeveralDossiersAreDeletedTogether() {
        long other = rows.application(rows.organisation("Công ty Thạch Hà"), "SUBMITTED", null, null, null, 0);
        String payment = task("payment", null, NOW);
        String intake = task("intake", null, NOW);
        String otherPayment = UUID.randomUUID().toString();
        inbox.insert(otherPayment, other, "pi-" + other, "payment", "Chi trả", group, null, NOW, NOW);

        assertThat(inbox.deleteStep(List.of(application, other), "payment")).isEqualTo(2);
        assertThat(inbox.find(payment)).isEmpty();
        assertThat(inbox.find(otherPayment)).isEmpty();
        assertThat(inbox.find(intake)).isPresent();
    }

    @Test
    void theQueuesKeptCountsEqualTheirTasksAfterClaimsCompletionsUnclaimsAndClosures() {
        String colleague = "co-" + UUID.randomUUID().toString().substring(0, 8);
        String otherGroup = "h-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) { // enough for every stripe
            tasks.add(task(i % 3 == 0 ? "appraisal" : "payment", null, NOW.plusSeconds(i)));
        }
        String elsewhere = UUID.randomUUID().toString();
        inbox.insert(elsewhere, application, "pi-" + application, "intake", "Tiếp nhận", otherGroup, null, NOW, NOW);
        assertCountsAreExact(colleague, otherGroup);

        for (int i = 0; i < 10; i++) { // claims
            inbox.assign(tasks.get(i), i % 2 == 0 ? me : colleague);
        }
        inbox.assign(elsewhere, me);
        assertCountsAreExact(colleague, otherGroup);
        inbox.assign(tasks.get(0), me); // claimed again by the same: nothing moves
        assertCountsAreExact(colleague, otherGroup);

        inbox.delete(tasks.get(2)); // completions, claimed and unclaimed
        inbox.delete(tasks.get(20));
        inbox.assign(tasks.get(4), null); // unclaims
        inbox.assign(tasks.get(1), null);
        inbox.assign(tasks.get(6), colleague); // handed over
        assertCountsAreExact(colleague, otherGroup);

        long other = rows.application(rows.organisation("Công ty Nghi Xuân"), "SUBMITTED", null, null, null, 0);
        inbox.insert(UUID.randomUUID().toString(), other, "pi-" + other, "payment", "Chi trả", group, me, NOW, NOW);
        inbox.deleteStep(List.of(application, other), "payment"); // closures
        assertCountsAreExact(colleague, otherGroup);
        inbox.deleteByApplication(application);
        assertCountsAreExact(colleague, otherGroup);
        assertThat(inbox.count(List.of(group, otherGroup), me, InboxFilter.firstPage())).isZero();
    }

    @Test
    void aRecountRepairsCountsThatDrifted() {
        task("intake", null, NOW);
        task("intake", me, NOW);
        task("intake", me, NOW);
        jdbc.update("UPDATE open_task_count SET tasks = tasks + 7 WHERE kind = 'U' AND name = ? LIMIT 1", me);
        jdbc.update("DELETE FROM open_task_count WHERE kind = 'G' AND name = ?", group);
        assertThat(inbox.count(List.of(group), me, InboxFilter.firstPage())).isEqualTo(9);

        assertThat(inbox.deleteCounts()).isPositive();
        assertThat(inbox.insertCounts()).isPositive();
        assertThat(inbox.count(List.of(group), me, InboxFilter.firstPage())).isEqualTo(3);
        assertThat(inbox.count(List.of(group), me, new InboxFilter(null, null, null, true, 0, 10))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_task_count WHERE tasks < 0", Long.class)).isZero();
    }

    /** The counts the default page and "mine" read equal COUNT(*) over open_task, for each user and group. */
    private void assertCountsAreExact(String colleague, String otherGroup) {
        for (String user : List.of(me, colleague)) {
            for (List<String> groups : List.of(List.of(group), List.of(group, otherGroup), List.<String>of())) {
                long exact = jdbc.queryForObject("SELECT COUNT(*) FROM open_task WHERE assignee = ?", Long.class, user)
                        + groups.stream().mapToLong(g -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM open_task WHERE assignee IS NULL AND candidate_group = ?", Long.class, g)).sum();
                assertThat(inbox.count(groups, user, InboxFilter.firstPage())).as("%s in %s", user, groups).isEqualTo(exact);
            }
            assertThat(inbox.count(List.of(group), user, new InboxFilter(null, null, null, true, 0, 10)))
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM open_task WHERE assignee = ?", Long.class, user));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_task_count WHERE tasks < 0", Long.class)).isZero();
    }

    @Test
    void theQueueShowsMineAndMyGroupsUnclaimedSoonestDueFirstAndCountsThem() {
        String late = task("intake", null, NOW.plusSeconds(7200));
        String soon = task("intake", null, NOW.plusSeconds(60));
        String undated = task("appraisal", null, null);
        String mine = task("appraisal", me, NOW.plusSeconds(600));
        task("intake", "someone-else", NOW);

        InboxFilter all = new InboxFilter(null, null, null, false, 0, 10);
        assertThat(inbox.query(List.of(group), me, all)).extracting(OpenTask::taskId).containsExactly(soon, mine, late, undated);
        assertThat(inbox.count(List.of(group), me, all)).isEqualTo(4);
        assertThat(inbox.query(List.of(group), me, new InboxFilter(null, null, null, false, 1, 2)))
                .extracting(OpenTask::taskId).containsExactly(mine, late);

        InboxFilter mineOnly = new InboxFilter(null, null, null, true, 0, 10);
        assertThat(inbox.query(List.of(group), me, mineOnly)).extracting(OpenTask::taskId).containsExactly(mine);
        assertThat(inbox.count(List.of(group), me, mineOnly)).isEqualTo(1);

        // A filter takes the other form of the statements.
        InboxFilter intake = new InboxFilter("intake", Category.MANAGEMENT_SYSTEM, application, false, 0, 10);
        assertThat(inbox.query(List.of(group), me, intake)).extracting(OpenTask::taskId).containsExactly(soon, late);
        assertThat(inbox.count(List.of(group), me, intake)).isEqualTo(2);
        assertThat(inbox.count(List.of(group), me,
                new InboxFilter(null, Category.CONFORMITY_CERTIFICATION, null, false, 0, 10))).isZero();
    }

    @Test
    void dueWindowsOtherOrdersAndTheCountPerStepAreReadFromTheDatabase() {
        String overdue = task("intake", null, NOW.minusSeconds(60));
        String soon = task("appraisal", null, NOW.plusSeconds(60));
        String later = task("intake", me, NOW.plusSeconds(86_400 * 10L));
        String undated = task("decision", null, null);
        task("intake", "someone-else", NOW.minusSeconds(60));

        assertThat(ids(filter(null, NOW, InboxFilter.Order.DUE))).containsExactly(overdue);
        assertThat(ids(filter(NOW, NOW.plusSeconds(3600), InboxFilter.Order.DUE))).containsExactly(soon);
        assertThat(inbox.count(List.of(group), me, new InboxFilter(null, null, null, false, NOW, null, null, 0, 10)))
                .isEqualTo(2);
        // Received: all four were opened at NOW, so the task id decides; amounts are equal, so the due date does.
        assertThat(ids(filter(null, null, InboxFilter.Order.RECEIVED)))
                .containsExactlyElementsOf(java.util.stream.Stream.of(overdue, soon, later, undated).sorted().toList());
        assertThat(ids(filter(null, null, InboxFilter.Order.AMOUNT))).containsExactly(overdue, soon, later, undated);
        assertThat(ids(filter(null, null, InboxFilter.Order.ORGANISATION))).containsExactly(overdue, soon, later, undated);

        assertThat(inbox.countByStep(List.of(group), me, InboxFilter.firstPage()))
                .containsExactly(new StepCount("appraisal", 1), new StepCount("decision", 1), new StepCount("intake", 2));
        assertThat(inbox.countByStep(List.of(group), me, new InboxFilter(null, null, null, true, 0, 10)))
                .containsExactly(new StepCount("intake", 1));
        assertThat(inbox.countByStep(List.of(group), me,
                new InboxFilter(null, Category.CONFORMITY_CERTIFICATION, null, false, 0, 10))).isEmpty();
    }

    private List<OpenTask> filter(Instant dueFrom, Instant dueBefore, InboxFilter.Order order) {
        return inbox.query(List.of(group), me, new InboxFilter(null, null, null, false, dueFrom, dueBefore, order, 0, 10));
    }

    private static List<String> ids(List<OpenTask> tasks) {
        return tasks.stream().map(OpenTask::taskId).toList();
    }

    private String task(String key, String assignee, Instant due) {
        String id = UUID.randomUUID().toString();
        inbox.insert(id, application, "pi-" + application, key, "Bước " + key, group, assignee, due, NOW);
        return id;
    }
}
