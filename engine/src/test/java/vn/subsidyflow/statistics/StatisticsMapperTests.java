package vn.subsidyflow.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;
import vn.subsidyflow.statistics.StatisticsMapper.ReceivedRow;
import vn.subsidyflow.statistics.StatisticsMapper.SettledRow;
import vn.subsidyflow.statistics.StatisticsMapper.StepSpanRow;

/**
 * The statements on the real schema, over months (2091) no other test writes: dossiers with known
 * filing, settling and appointment times, counted here independently in Hà Tĩnh time.
 */
class StatisticsMapperTests extends MapperTestSupport {

    private static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant FROM = LocalDate.of(2091, 1, 1).atStartOfDay(HA_TINH).toInstant();
    private static final Instant TO = LocalDate.of(2091, 4, 1).atStartOfDay(HA_TINH).toInstant();

    @Autowired
    StatisticsMapper mapper;
    @Autowired
    Rows rows;

    /** A settled dossier as inserted: its status, when it closed (UTC) and its appointment day. */
    record Fixture(String status, LocalDateTime closedUtc, LocalDate appointment) {

        boolean inPeriod() {
            Instant closed = closedUtc.toInstant(ZoneOffset.UTC);
            return !closed.isBefore(FROM) && closed.isBefore(TO);
        }

        boolean settled() {
            return inPeriod() && !status.equals("WITHDRAWN");
        }

        boolean onTime() {
            return settled() && appointment != null
                    && !closedUtc.toInstant(ZoneOffset.UTC).atZone(HA_TINH).toLocalDate().isAfter(appointment);
        }
    }

    private static final List<Fixture> SETTLED = List.of(
            // 17:00 in Hà Tĩnh on the appointment day: on time.
            new Fixture("PAID", LocalDateTime.of(2091, 2, 10, 10, 0), LocalDate.of(2091, 2, 10)),
            // 01:00 the next day in Hà Tĩnh, though still the 10th in UTC: late.
            new Fixture("REFUSED", LocalDateTime.of(2091, 2, 10, 18, 0), LocalDate.of(2091, 2, 10)),
            // No appointment: settled, not judged.
            new Fixture("LAPSED", LocalDateTime.of(2091, 3, 1, 0, 0), null),
            // 1 February 00:30 in Hà Tĩnh, before its appointment: on time, in February.
            new Fixture("REJECTED", LocalDateTime.of(2091, 1, 31, 17, 30), LocalDate.of(2091, 2, 5)),
            new Fixture("REJECTED", LocalDateTime.of(2091, 3, 20, 3, 0), LocalDate.of(2091, 3, 19)),
            // Withdrawn: ended by the business, not settled by the Department.
            new Fixture("WITHDRAWN", LocalDateTime.of(2091, 2, 12, 3, 0), LocalDate.of(2091, 2, 20)),
            // 23:00 on 31 December in Hà Tĩnh: before the period.
            new Fixture("PAID", LocalDateTime.of(2090, 12, 31, 16, 0), LocalDate.of(2091, 1, 5)));

    @Test
    void shouldCountTheSettledDossiersAndThoseOnTimeAsAnIndependentCountDoes() {
        long organisation = rows.organisation("Thống kê");
        for (Fixture f : SETTLED) {
            long id = rows.application(organisation, f.status(), null, null, null, 0);
            rows.jdbc().update("UPDATE application SET submitted_at = ?, closed_at = ?, appointment_on = ? WHERE id = ?",
                    f.closedUtc().minusDays(20), f.closedUtc(), f.appointment(), id);
        }

        List<SettledRow> settled = mapper.settled(FROM, TO, Statistics.settledStatuses());

        assertThat(settled).allMatch(row -> row.category().equals("MANAGEMENT_SYSTEM"));
        assertThat(settled.stream().mapToLong(SettledRow::settled).sum()).isEqualTo(SETTLED.stream().filter(Fixture::settled).count())
                .isEqualTo(5);
        assertThat(settled.stream().mapToLong(SettledRow::withAppointment).sum())
                .isEqualTo(SETTLED.stream().filter(f -> f.settled() && f.appointment() != null).count()).isEqualTo(4);
        assertThat(settled.stream().mapToLong(SettledRow::onTime).sum()).isEqualTo(SETTLED.stream().filter(Fixture::onTime).count())
                .isEqualTo(2);
        assertThat(settled).extracting(SettledRow::month, SettledRow::settled, SettledRow::withAppointment, SettledRow::onTime)
                .containsExactlyInAnyOrder(tuple("2091-02", 3L, 3L, 2L),
                        tuple("2091-03", 2L, 1L, 0L));
    }

    @Test
    void shouldCountDossiersFiledInThePeriodByMonthInHaTinhStatusAndCategory() {
        long organisation = rows.organisation("Tiếp nhận");
        for (Object[] filed : new Object[][] {
                {"SUBMITTED", LocalDateTime.of(2091, 1, 31, 17, 0)}, // 1 February in Hà Tĩnh
                {"SUBMITTED", LocalDateTime.of(2091, 2, 3, 2, 0)},
                {"PAID", LocalDateTime.of(2091, 3, 3, 2, 0)},
                {"IN_APPRAISAL", LocalDateTime.of(2091, 4, 1, 2, 0)}}) { // after the period
            long id = rows.application(organisation, (String) filed[0], null, null, null, 0);
            rows.jdbc().update("UPDATE application SET submitted_at = ? WHERE id = ?", filed[1], id);
        }

        assertThat(mapper.received(FROM, TO)).extracting(ReceivedRow::month, ReceivedRow::status, ReceivedRow::category,
                        ReceivedRow::dossiers)
                .containsExactlyInAnyOrder(tuple("2091-02", "SUBMITTED", "MANAGEMENT_SYSTEM", 2L),
                        tuple("2091-03", "PAID", "MANAGEMENT_SYSTEM", 1L));
    }

    @Test
    void shouldPairEachCompletedStepWithTheDossiersPreviousMove() {
        long dossier = 9_200_000_001L;
        String insert = "INSERT INTO audit_event (application_id, actor, action, from_status, to_status, occurred_at) VALUES (?, 'x', ?, ?, ?, ?)";
        rows.jdbc().update(insert, dossier, "SUBMITTED", "DRAFT", "SUBMITTED", LocalDateTime.of(2091, 2, 1, 18, 0)); // 2 Feb in Hà Tĩnh
        rows.jdbc().update(insert, dossier, "DOCUMENT_ADDED", null, null, LocalDateTime.of(2091, 2, 4, 2, 0));
        rows.jdbc().update(insert, dossier, "INTAKE:ACCEPT", "SUBMITTED", "IN_APPRAISAL", LocalDateTime.of(2091, 2, 6, 2, 0));
        rows.jdbc().update(insert, dossier, "APPRAISAL:RECOMMEND_APPROVAL", "IN_APPRAISAL", "AWAITING_DECISION",
                LocalDateTime.of(2091, 2, 13, 2, 0));

        List<StepSpanRow> spans = mapper.stepSpans(FROM, TO, List.of("INTAKE:ACCEPT", "APPRAISAL:RECOMMEND_APPROVAL"));

        assertThat(spans).extracting(StepSpanRow::step, StepSpanRow::startedOn, StepSpanRow::endedOn, StepSpanRow::completed)
                .containsExactlyInAnyOrder(
                        tuple("INTAKE", LocalDate.of(2091, 2, 2), LocalDate.of(2091, 2, 6), 1L),
                        tuple("APPRAISAL", LocalDate.of(2091, 2, 6), LocalDate.of(2091, 2, 13), 1L));
    }

    @Test
    void shouldCountTheOpenTasksPastTheirDueTimeByStep() {
        String insert = "INSERT INTO open_task (task_id, application_id, process_instance_id, task_key, name, due_at, created_at) "
                + "VALUES (?, 1, 'p', 'statisticsStep', 'n', ?, ?)";
        LocalDateTime created = LocalDateTime.of(2091, 1, 1, 0, 0);
        rows.jdbc().update(insert, "st-1", LocalDateTime.of(2091, 1, 10, 0, 0), created);
        rows.jdbc().update(insert, "st-2", LocalDateTime.of(2091, 1, 20, 0, 0), created);
        rows.jdbc().update(insert, "st-3", LocalDateTime.of(2091, 3, 1, 0, 0), created);

        assertThat(mapper.overdue(LocalDateTime.of(2091, 2, 1, 0, 0).toInstant(ZoneOffset.UTC)))
                .filteredOn(row -> row.step().equals("statisticsStep"))
                .extracting(StatisticsMapper.OverdueRow::tasks).containsExactly(2L);
    }
}
