package vn.subsidyflow.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.deadline.AppointmentMoved;
import vn.subsidyflow.deadline.DeadlineWatch;
import vn.subsidyflow.deadline.EvidenceOverdue;
import vn.subsidyflow.deadline.LapseApproaching;
import vn.subsidyflow.deadline.StepOverdue;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.MovableClock;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.workflow.Step;


/**
 * Deadlines that act, over real HTTP with a clock the test moves: the appointment set at filing, the
 * clock that stands still while the applicant supplements the dossier, the escalation of a late step
 * with an apology and a new appointment, the lapse announced before it happens and the
 * intellectual-property evidence reminded, then escalated — each once. The clock is set in 2034-2036,
 * years without holidays in the table and where no other test files anything, so working days are
 * Monday to Friday and the expected dates are counted here independently of the calendar (not later:
 * the process engine keeps its timers in TIMESTAMP columns, which end in 2038).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "subsidyflow.deadline-watch.enabled=false")
@ActiveProfiles("demo")
@Import({MovableClock.Configuration.class, DeadlinesIntegrationTests.Heard.class})
class DeadlinesIntegrationTests {

    @Autowired
    MovableClock clock;

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 6 March 2034. */
    private static final LocalDate MONDAY = LocalDate.of(2034, 3, 6);

    /** Every deadline event published, as the notices and papers would hear it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {

        static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

        @Bean
        Object deadlineEventRecorder() {
            return new Object() {
                @EventListener
                public void on(AppointmentMoved event) {
                    EVENTS.add(event);
                }

                @EventListener
                public void on(StepOverdue event) {
                    EVENTS.add(event);
                }

                @EventListener
                public void on(LapseApproaching event) {
                    EVENTS.add(event);
                }

                @EventListener
                public void on(EvidenceOverdue event) {
                    EVENTS.add(event);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DeadlineWatch watch;

    @BeforeEach
    void forget() {
        Heard.EVENTS.clear();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void shouldAppointAtFilingAndMoveTheAppointmentByTheWorkingDaysTheClockStoodStill() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api applicant = s.newApplicant();
        at(MONDAY, 10);
        long id = s.file(applicant, s.iso, 100_000_000L);

        JsonNode filed = applicant.get("/api/v1/applications/" + id).body();
        LocalDate appointment = plusWorkingDays(MONDAY, 20);
        assertThat(filed.path("appointmentOn").asString()).isEqualTo(appointment.toString());
        assertThat(dueOf(s.as("intake"), id, "intake")).isEqualTo(endOfOfficeDay(plusWorkingDays(MONDAY, 5)));

        // Supplement requested on Wednesday; the applicant answers three working days later, on Monday.
        LocalDate requested = MONDAY.plusDays(2);
        at(requested, 9);
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Thiếu hợp đồng"));
        Instant lapse = endOfOfficeDay(plusWorkingDays(requested, 10));
        assertThat(dueOf(applicant, id, "supplement")).as("the supplement task is due when it lapses").isEqualTo(lapse);
        assertThat(applicant.get("/api/v1/applications/" + id).body().path("tasks").get(0).path("dueDate").asString())
                .isEqualTo(lapse.toString());

        LocalDate resumed = plusWorkingDays(requested, 3);
        at(resumed, 14);
        JsonNode after = s.completeOk(applicant, id, "supplement", Map.of("outcome", "SUBMIT"));

        LocalDate moved = plusWorkingDays(appointment, 3);
        assertThat(after.path("appointmentOn").asString()).isEqualTo(moved.toString());
        assertThat(Heard.EVENTS).containsExactly(new AppointmentMoved(id, appointment, moved, false));
        assertThat(dueOf(s.as("intake"), id, "intake")).as("the next step is due from the resumed clock")
                .isEqualTo(endOfOfficeDay(plusWorkingDays(resumed, 5)));

        Api.Response timeline = s.as("approver").get("/api/v1/applications/" + id + "/timeline");
        assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
        JsonNode t = timeline.body();
        assertThat(t.path("appointmentOn").asString()).isEqualTo(moved.toString());
        assertThat(t.path("firstAppointmentOn").asString()).isEqualTo(appointment.toString());
        assertThat(t.path("pauses").size()).isEqualTo(1);
        assertThat(t.path("pauses").get(0).path("reason").asString()).isEqualTo("SUPPLEMENT");
        assertThat(Instant.parse(t.path("pauses").get(0).path("resumedAt").asString()))
                .isEqualTo(resumed.atTime(14, 0).atZone(HANOI).toInstant());
        assertThat(t.path("moves").size()).isEqualTo(1);
        assertThat(t.path("moves").get(0).path("apology").asBoolean()).isFalse();
        assertThat(t.path("moves").get(0).path("to").asString()).isEqualTo(moved.toString());
        List<String> steps = new java.util.ArrayList<>();
        t.path("steps").forEach(step -> steps.add(step.path("step").asString() + (step.path("doneAt").isNull() || step.path("doneAt").isMissingNode() ? " open" : " done")
                + (step.path("late").asBoolean() ? " late" : "")));
        assertThat(steps).containsExactly("intake done", "supplement done", "intake open");
        assertThat(Instant.parse(t.path("steps").get(2).path("dueAt").asString())).isEqualTo(endOfOfficeDay(plusWorkingDays(resumed, 5)));
        assertThat(applicant.get("/api/v1/applications/" + id + "/timeline").status()).isEqualTo(403);
    }

    @Test
    void shouldCountUnderTheProcessingTimeOfTheVersionTheDossierIsPinnedTo() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api admin = s.as("admin");
        LocalDate monday = LocalDate.of(2035, 1, 8);
        at(monday.minusDays(7), 10);
        String faster = s.tag + "-FAST";
        Api.Response copy = admin.post("/api/v1/policy-versions/" + s.tag + "/copies",
                Map.of("newCode", faster, "name", "Faster " + s.tag, "effectiveFrom", monday.toString()));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/policy-versions/" + faster + "/processing-time").body().path("total").asInt())
                .as("the copy carries its source's").isEqualTo(20);
        Map<String, Object> time = Map.of("intake", 2, "supplement", 7, "appraisal", 3, "decision", 2, "verifyCompletion", 4,
                "payment", 4, "total", 8);
        Api.Response put = admin.put("/api/v1/policy-versions/" + faster + "/processing-time", time);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(admin.post("/api/v1/policy-versions/" + faster + "/publication", null).status()).isEqualTo(200);
        Api.Response late = admin.put("/api/v1/policy-versions/" + faster + "/processing-time", time);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("POLICY_VERSION_NOT_DRAFT");

        Api applicant = s.newApplicant();
        at(monday, 10);
        long id = s.file(applicant, s.iso, 100_000_000L);

        assertThat(applicant.get("/api/v1/applications/" + id).body().path("appointmentOn").asString())
                .isEqualTo(plusWorkingDays(monday, 8).toString());
        assertThat(dueOf(s.as("intake"), id, "intake")).isEqualTo(endOfOfficeDay(plusWorkingDays(monday, 2)));
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Thiếu hóa đơn"));
        assertThat(dueOf(applicant, id, "supplement")).isEqualTo(endOfOfficeDay(plusWorkingDays(monday, 7)));
    }

    @Test
    void shouldEscalateALateStepOnceWithAnApologyAndANewAppointment() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api applicant = s.newApplicant();
        at(MONDAY.plusWeeks(10), 10);
        LocalDate filedOn = MONDAY.plusWeeks(10);
        long id = s.file(applicant, s.iso, 100_000_000L);
        String taskId = s.taskId(s.as("intake"), id, "intake");
        Instant due = endOfOfficeDay(plusWorkingDays(filedOn, 5));

        LocalDate late = plusWorkingDays(filedOn, 7);
        at(late, 9);
        escalateEverything();
        escalateEverything();

        LocalDate appointment = plusWorkingDays(filedOn, 20);
        LocalDate moved = plusWorkingDays(late, 10 + 5); // appraisal and decision are still ahead
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList()).containsExactly(
                new StepOverdue(id, Step.INTAKE, due), new AppointmentMoved(id, appointment, moved, true));
        assertThat(applicant.get("/api/v1/applications/" + id).body().path("appointmentOn").asString())
                .isEqualTo(moved.toString());

        Api.Response overdue = s.as("approver").get("/api/v1/tasks/overdue?size=500");
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
        JsonNode row = find(overdue.body().path("items"), taskId);
        assertThat(row.path("step").asString()).isEqualTo("intake");
        assertThat(row.path("applicationId").asLong()).isEqualTo(id);
        assertThat(row.path("dueAt").asString()).isEqualTo(due.toString());
        assertThat(row.path("workingDaysLate").asInt()).isEqualTo(2);
        assertThat(row.path("escalated").asBoolean()).isTrue();
        assertThat(s.as("reviewer").get("/api/v1/tasks/overdue").status()).isEqualTo(403);

        JsonNode timeline = s.as("approver").get("/api/v1/applications/" + id + "/timeline").body();
        assertThat(timeline.path("steps").get(0).path("late").asBoolean()).isTrue();
        assertThat(timeline.path("steps").get(0).path("workingDaysLate").asInt()).isEqualTo(2);
        assertThat(timeline.path("moves").size()).isEqualTo(1);
        assertThat(timeline.path("moves").get(0).path("apology").asBoolean()).isTrue();
        assertThat(timeline.path("moves").get(0).path("from").asString()).isEqualTo(appointment.toString());
        assertThat(timeline.path("moves").get(0).path("to").asString()).isEqualTo(moved.toString());
    }

    @Test
    void shouldAnnounceALapseTwoWorkingDaysBeforeItOnce() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api applicant = s.newApplicant();
        LocalDate requested = MONDAY.plusWeeks(20);
        at(requested, 10);
        long id = s.file(applicant, s.iso, 100_000_000L);
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Thiếu hóa đơn"));
        LocalDate lapsesOn = plusWorkingDays(requested, 10);

        at(plusWorkingDays(requested, 7), 10);
        watch.announceLapses();
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList()).as("three working days before").isEmpty();

        at(plusWorkingDays(requested, 8), 10);
        watch.announceLapses();
        watch.announceLapses();
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList()).containsExactly(new LapseApproaching(id, lapsesOn));
    }

    @Test
    void shouldRemindOfOverdueEvidenceAndThenEscalateEachOnce() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        LocalDate filedOn = MONDAY.plusWeeks(30);
        Api.Response line = s.as("finance").post("/api/v1/budget/lines", Map.of("fiscalYear", filedOn.getYear(),
                "category", "INTELLECTUAL_PROPERTY", "allocatedVnd", 1_000_000_000L, "policyCode", s.tag, "reason", "Test"));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        Api applicant = s.newApplicant();
        at(filedOn, 10);
        long id = s.file(applicant, s.trademark, 15_000_000L);
        assertThat(s.approve(id, 15_000_000L).path("status").asString()).isEqualTo("AWAITING_COMPLETION");

        at(filedOn.plusMonths(24).minusDays(1), 10);
        remindEverything();
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList()).isEmpty();

        at(filedOn.plusMonths(24).plusDays(1), 10);
        remindEverything();
        remindEverything();
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList())
                .containsExactly(new EvidenceOverdue(id, filedOn, false));

        at(filedOn.plusMonths(25).plusDays(1), 10);
        remindEverything();
        remindEverything();
        assertThat(Heard.EVENTS.stream().filter(e -> concerns(e, id)).toList())
                .containsExactly(new EvidenceOverdue(id, filedOn, false), new EvidenceOverdue(id, filedOn, true));
    }

    /** The watch acts on at most a batch per look: look until there is nothing left, as the schedule would. */
    private void escalateEverything() {
        while (watch.escalateOverdueSteps() > 0) {
            // next batch
        }
    }

    private void remindEverything() {
        while (watch.remindEvidence(false) + watch.remindEvidence(true) > 0) {
            // next batch
        }
    }

    private static boolean concerns(Object event, long id) {
        long about = event instanceof AppointmentMoved e ? e.applicationId()
                : event instanceof StepOverdue e ? e.applicationId()
                : event instanceof LapseApproaching e ? e.applicationId()
                : event instanceof EvidenceOverdue e ? e.applicationId() : -1;
        return about == id;
    }

    private static JsonNode find(JsonNode items, String taskId) {
        for (JsonNode item : items) {
            if (item.path("taskId").asString().equals(taskId)) {
                return item;
            }
        }
        throw new AssertionError("No overdue task " + taskId + " in " + items);
    }

    private Instant dueOf(Api user, long id, String key) {
        Api.Response tasks = user.get("/api/v1/tasks?applicationId=" + id + "&key=" + key);
        assertThat(tasks.body().size()).as(tasks.toString()).isEqualTo(1);
        return Instant.parse(tasks.body().get(0).path("dueDate").asString());
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).atZone(HANOI).toInstant());
    }

    private static Instant endOfOfficeDay(LocalDate day) {
        return day.atTime(LocalTime.of(17, 0)).atZone(HANOI).toInstant();
    }

    /** Monday to Friday: these years have no holidays in the table. */
    private static LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
