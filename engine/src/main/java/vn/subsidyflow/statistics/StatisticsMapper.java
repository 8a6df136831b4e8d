package vn.subsidyflow.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Counts grouped in SQL over index ranges: rows per month, status, category or step, never one per dossier. */
@Mapper
interface StatisticsMapper {

    /** Dossiers filed in [from, to), by month of filing in Hà Tĩnh, status and category. */
    List<ReceivedRow> received(@Param("from") Instant from, @Param("to") Instant to);

    /** Dossiers settled (one of {@code settled}) in [from, to), by month of settling in Hà Tĩnh and category. */
    List<SettledRow> settled(@Param("from") Instant from, @Param("to") Instant to, @Param("settled") Collection<String> settled);

    /**
     * Steps completed in [from, to) (their audit actions {@code actions}), by step, the day the step
     * began (the dossier's previous move) and the day it was completed.
     */
    List<StepSpanRow> stepSpans(@Param("from") Instant from, @Param("to") Instant to, @Param("actions") Collection<String> actions);

    /** Open tasks due before {@code now}, by step. */
    List<OverdueRow> overdue(@Param("now") Instant now);

    record ReceivedRow(String month, String status, String category, long dossiers) {
    }

    record SettledRow(String month, String category, long settled, long withAppointment, long onTime) {
    }

    record StepSpanRow(String step, LocalDate startedOn, LocalDate endedOn, long completed) {
    }

    record OverdueRow(String step, long tasks) {
    }
}
