package vn.subsidyflow.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.Scenario;

/**
 * The inbox's default page is read queue by queue (mine, then each group's unclaimed tasks) from
 * the V32 indexes; a filtered page is one plain query. Both must show exactly the tasks the user may
 * act on, most urgent first, tasks without a due date last, with the same paging and counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InboxQueueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    record Row(String taskId, String group, String assignee, Instant due) {
    }

    Actor me;
    List<Row> visible = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        long applicationId = scenario.draft(scenario.newApplicant(), scenario.iso, 80_000_000L);
        // The user's two groups: AUDITOR (a role no process task is ever offered to) and an
        // organisation group unique to this run, so other tests' open tasks never enter the counts.
        jdbc.update("DELETE FROM open_task WHERE process_instance_id = 'queue-test'");
        long base = System.nanoTime() % 1_000_000_000L + 1_000_000_000L;
        String mine = Actor.applicantGroup(base);
        String alsoMine = Role.AUDITOR.name();
        String notMine = Actor.applicantGroup(base + 1);
        String user = "queue-" + base;
        me = new Actor(user, Set.of(Role.AUDITOR), base, null);
        assertThat(me.groups()).containsExactlyInAnyOrder(mine, alsoMine);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 7; i++) {
            Instant due = i == 3 ? null : now.plus(7 - i, ChronoUnit.DAYS);
            visible.add(insert(applicationId, mine, null, due));
            visible.add(insert(applicationId, alsoMine, i % 2 == 0 ? null : user, i == 5 ? null : now.plus(i, ChronoUnit.HOURS)));
        }
        // Claimed by me in a group I am not in: still mine. Claimed by someone else, or another group's: not shown.
        visible.add(insert(applicationId, notMine, user, now.minus(1, ChronoUnit.DAYS)));
        insert(applicationId, mine, "someone-else", now.minus(2, ChronoUnit.DAYS));
        insert(applicationId, notMine, null, now.minus(3, ChronoUnit.DAYS));
        visible.sort(Comparator.comparing((Row r) -> r.due() == null ? Instant.MAX : r.due()).thenComparing(Row::taskId));
    }

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM open_task WHERE process_instance_id = 'queue-test'");
    }

    private Row insert(long applicationId, String group, String assignee, Instant due) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, candidate_group,"
                        + " assignee, due_at, created_at) VALUES (?, ?, 'queue-test', 'appraisal', 'Thẩm định', ?, ?, ?, UTC_TIMESTAMP(3))",
                id, applicationId, group, assignee, due == null ? null : Timestamp.from(due));
        return new Row(id, group, assignee, due);
    }

    private static List<String> ids(List<OpenTask> tasks) {
        return tasks.stream().map(OpenTask::taskId).toList();
    }

    private List<String> expected(int from, int to) {
        return visible.subList(from, Math.min(to, visible.size())).stream().map(Row::taskId).toList();
    }

    @Test
    void shouldListWhatTheUserMayActOnMostUrgentFirstWithoutDueDatesLast() {
        assertThat(visible).hasSize(15);
        assertThat(ids(inbox.tasks(me, InboxFilter.firstPage()))).containsExactlyElementsOf(expected(0, 50));
        assertThat(inbox.count(me, InboxFilter.firstPage())).isEqualTo(15);
        assertThat(visible.get(14).due()).isNull();
    }

    @Test
    void shouldPageTheQueuesLikeOneList() {
        for (int offset = 0; offset < 16; offset += 4) {
            InboxFilter page = new InboxFilter(null, null, null, false, offset, 4);
            assertThat(ids(inbox.tasks(me, page))).as("offset %d", offset).containsExactlyElementsOf(expected(offset, offset + 4));
        }
    }

    @Test
    void shouldAgreeWithTheFilteredQueryAndShowOnlyMineWhenAsked() {
        InboxFilter filtered = new InboxFilter("appraisal", null, null, false, 0, 50);
        assertThat(ids(inbox.tasks(me, filtered))).containsExactlyElementsOf(expected(0, 50));
        assertThat(inbox.count(me, filtered)).isEqualTo(15);

        List<String> claimedByMe = visible.stream().filter(r -> me.username().equals(r.assignee())).map(Row::taskId).toList();
        InboxFilter mineOnly = new InboxFilter(null, null, null, true, 0, 50);
        assertThat(ids(inbox.tasks(me, mineOnly))).containsExactlyElementsOf(claimedByMe);
        assertThat(inbox.count(me, mineOnly)).isEqualTo(claimedByMe.size()).isEqualTo(4);
    }
}
