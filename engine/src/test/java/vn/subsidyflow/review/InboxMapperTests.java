package vn.subsidyflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    // Groups and users of this test only, so the queues hold only its tasks.
    private final String group = "g-" + UUID.randomUUID().toString().substring(0, 8);
    private final String me = "me-" + UUID.randomUUID().toString().substring(0, 8);
    private long application;

    @BeforeEach
    void dossier() {
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
