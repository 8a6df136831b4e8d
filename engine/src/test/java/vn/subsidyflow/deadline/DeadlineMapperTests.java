package vn.subsidyflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class DeadlineMapperTests extends MapperTestSupport {

    /** Far from the rows other tests leave: nothing else is due this early. */
    private static final Instant EPOCH = Instant.parse("1971-03-01T10:00:00Z");

    @Autowired
    DeadlineMapper deadlines;

    @Autowired
    Rows rows;

    @Test
    void aPausedSpanIsOpenUntilResumedAndRecordsTheAppointmentMove() {
        long id = dossier("SUPPLEMENT_REQUESTED");
        assertThat(deadlines.findPolicyVersionOf(id)).contains(rows.examplePolicy());
        assertThat(deadlines.findPolicyVersionOf(-1)).isEmpty();

        assertThat(deadlines.insertPause(id, PauseReason.SUPPLEMENT, EPOCH)).isEqualTo(1);
        PausedSpan open = deadlines.lockOpenPause(id).orElseThrow();
        assertThat(open.reason()).isEqualTo(PauseReason.SUPPLEMENT);
        assertThat(open.pausedAt()).isEqualTo(EPOCH);
        assertThat(open.resumedAt()).isNull();

        LocalDate before = LocalDate.of(1971, 3, 29);
        LocalDate after = LocalDate.of(1971, 4, 1);
        assertThat(deadlines.resume(open.id(), EPOCH.plusSeconds(86_400 * 3), before, after)).isEqualTo(1);
        assertThat(deadlines.resume(open.id(), EPOCH.plusSeconds(86_400 * 4), null, null)).as("resumed once").isZero();
        assertThat(deadlines.lockOpenPause(id)).isEmpty();

        deadlines.insertPause(id, PauseReason.COMPLETION_EVIDENCE, EPOCH.plusSeconds(86_400 * 10));
        assertThat(deadlines.resumeAll(id, EPOCH.plusSeconds(86_400 * 11))).isEqualTo(1);
        assertThat(deadlines.findPauses(id)).extracting(PausedSpan::reason, PausedSpan::appointmentBefore, PausedSpan::appointmentAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PauseReason.SUPPLEMENT, before, after),
                        org.assertj.core.groups.Tuple.tuple(PauseReason.COMPLETION_EVIDENCE, null, null));
    }

    @Test
    void anActionIsClaimedOnceAndHidesItsTaskFromTheNextLook() {
        long id = dossier("SUBMITTED");
        String task = task(id, "intake", EPOCH);
        Set<String> intake = Set.of("intake");

        assertThat(deadlines.findDueUnclaimed(intake, EPOCH.plusSeconds(1), DeadlineAction.STEP_OVERDUE, 500))
                .extracting(DueTask::taskId).contains(task);
        assertThat(deadlines.findDueUnclaimed(intake, EPOCH, DeadlineAction.STEP_OVERDUE, 500))
                .extracting(DueTask::taskId).as("not yet due").doesNotContain(task);

        assertThat(deadlines.claim(id, DeadlineAction.STEP_OVERDUE, task, "intake", EPOCH, EPOCH.plusSeconds(60))).isEqualTo(1);
        assertThat(deadlines.claim(id, DeadlineAction.STEP_OVERDUE, task, "intake", EPOCH, EPOCH.plusSeconds(90))).isZero();
        assertThat(deadlines.recordAppointment(DeadlineAction.STEP_OVERDUE, task, LocalDate.of(1971, 3, 5),
                LocalDate.of(1971, 3, 20))).isEqualTo(1);

        assertThat(deadlines.findDueUnclaimed(intake, EPOCH.plusSeconds(1), DeadlineAction.STEP_OVERDUE, 500))
                .extracting(DueTask::taskId).doesNotContain(task);
        assertThat(deadlines.findDueUnclaimed(intake, EPOCH.plusSeconds(1), DeadlineAction.LAPSE_APPROACHING, 500))
                .extracting(DueTask::taskId).as("another kind of action is not claimed").contains(task);
        assertThat(deadlines.findActions(id)).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo("STEP_OVERDUE");
            assertThat(action.stepKey()).isEqualTo("intake");
            assertThat(action.dueAt()).isEqualTo(EPOCH);
            assertThat(action.appointmentAfter()).isEqualTo(LocalDate.of(1971, 3, 20));
        });
    }

    @Test
    void theOverdueListPagesByDueDateAndSaysWhatWasEscalated() {
        long id = dossier("IN_APPRAISAL");
        String first = task(id, "appraisal", EPOCH);
        String second = task(id, "appraisal", EPOCH.plusSeconds(60));
        Set<String> appraisal = Set.of("appraisal");
        Instant now = EPOCH.plusSeconds(120);
        deadlines.claim(id, DeadlineAction.STEP_OVERDUE, first, "appraisal", EPOCH, now);

        // Only rows due before 1972 are this test's: later rows are other tests', never due this early.
        List<DueTask> page = deadlines.findOverdue(appraisal, now, 0, 2);
        assertThat(page).extracting(DueTask::taskId).containsExactly(first, second);
        assertThat(page.get(0).escalated()).isTrue();
        assertThat(page.get(1).escalated()).isFalse();
        assertThat(page.get(0).organisationName()).isEqualTo("Công ty hạn chót");
        assertThat(deadlines.findOverdue(appraisal, now, 1, 1)).extracting(DueTask::taskId).containsExactly(second);
        assertThat(deadlines.countOverdue(appraisal, now)).isEqualTo(2);
        assertThat(deadlines.countOverdue(appraisal, EPOCH)).isZero();
    }

    @Test
    void evidenceAwaitedSinceBeforeTheCutOffIsFoundUntilItsActionIsClaimed() {
        long id = dossier("AWAITING_COMPLETION");
        deadlines.insertPause(id, PauseReason.COMPLETION_EVIDENCE, EPOCH);

        assertThat(deadlines.findEvidenceWaitingSince(EPOCH.plusSeconds(1), DeadlineAction.EVIDENCE_REMINDED, 500))
                .extracting(PausedSpan::applicationId).containsExactly(id);
        assertThat(deadlines.findEvidenceWaitingSince(EPOCH, DeadlineAction.EVIDENCE_REMINDED, 500)).isEmpty();
        deadlines.claim(id, DeadlineAction.EVIDENCE_REMINDED, String.valueOf(id), null, null, EPOCH.plusSeconds(5));
        assertThat(deadlines.findEvidenceWaitingSince(EPOCH.plusSeconds(1), DeadlineAction.EVIDENCE_REMINDED, 500)).isEmpty();
        assertThat(deadlines.findEvidenceWaitingSince(EPOCH.plusSeconds(1), DeadlineAction.EVIDENCE_ESCALATED, 500))
                .extracting(PausedSpan::applicationId).containsExactly(id);
    }

    @Test
    void aStepSpanOpensEndsOnceAndListsTheDossiersStepsOldestFirst() {
        long id = dossier("IN_APPRAISAL");
        long other = dossier("SUBMITTED");
        String intake = "ss-" + java.util.UUID.randomUUID();
        String appraisal = "ss-" + java.util.UUID.randomUUID();
        assertThat(deadlines.insertStepSpan(appraisal, id, "appraisal", EPOCH.plusSeconds(3_600))).isEqualTo(1);
        assertThat(deadlines.insertStepSpan(intake, id, "intake", EPOCH)).isEqualTo(1);
        deadlines.insertStepSpan("ss-" + java.util.UUID.randomUUID(), other, "intake", EPOCH);

        assertThat(deadlines.endStepSpan(intake, EPOCH.plusSeconds(3_600), "intake1")).isEqualTo(1);
        assertThat(deadlines.endStepSpan(intake, EPOCH.plusSeconds(7_200), "intake2")).as("ended once").isZero();
        assertThat(deadlines.endStepSpan("no-such-task", EPOCH, "intake1")).isZero();

        assertThat(deadlines.findStepSpans(id)).containsExactly(
                new StepHistory.OpenedStep(intake, "intake", EPOCH, EPOCH.plusSeconds(3_600), "intake1"),
                new StepHistory.OpenedStep(appraisal, "appraisal", EPOCH.plusSeconds(3_600), null, null));
        assertThat(deadlines.findStepSpans(-1)).isEmpty();
    }

    @Test
    void aStepDoneWithoutItsTaskEndsTheOpenSpansOfThatStepOnly() {
        long paid = dossier("PAID");
        long other = dossier("AWAITING_PAYMENT");
        String payment = "ss-" + java.util.UUID.randomUUID();
        String intake = "ss-" + java.util.UUID.randomUUID();
        String waiting = "ss-" + java.util.UUID.randomUUID();
        deadlines.insertStepSpan(intake, paid, "intake", EPOCH);
        deadlines.insertStepSpan(payment, paid, "payment", EPOCH.plusSeconds(60));
        deadlines.insertStepSpan(waiting, other, "payment", EPOCH.plusSeconds(60));

        assertThat(deadlines.endStepSpans(java.util.List.of(paid), "payment", EPOCH.plusSeconds(120))).isEqualTo(1);
        // The process closed later: its task's end leaves the span as the payment ended it.
        assertThat(deadlines.endStepSpan(payment, EPOCH.plusSeconds(900), "finance")).isZero();
        assertThat(deadlines.findStepSpans(paid)).containsExactly(
                new StepHistory.OpenedStep(intake, "intake", EPOCH, null, null),
                new StepHistory.OpenedStep(payment, "payment", EPOCH.plusSeconds(60), EPOCH.plusSeconds(120), null));
        assertThat(deadlines.findStepSpans(other)).extracting(StepHistory.OpenedStep::doneAt).containsOnlyNulls();
    }

    private long dossier(String status) {
        return rows.application(rows.organisation("Công ty hạn chót"), status, null, null, null, 0);
    }

    private String task(long applicationId, String key, Instant due) {
        String id = "dl-" + java.util.UUID.randomUUID();
        rows.jdbc().update("INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, candidate_group, "
                + "due_at, created_at) VALUES (?, ?, ?, ?, ?, 'REVIEWER', ?, ?)", id, applicationId, "pi-" + applicationId, key,
                "Bước " + key, java.sql.Timestamp.from(due), java.sql.Timestamp.from(EPOCH.minusSeconds(86_400)));
        return id;
    }
}
