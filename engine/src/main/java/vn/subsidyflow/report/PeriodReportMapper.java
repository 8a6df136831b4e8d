package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PeriodReportMapper {

    /** Exact: a scan of the dossiers decided in the period (over the covering index of V30). */
    List<PeriodReportRow> supported(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The same figures for decisions from 1 January fromYear to 31 December toYear, from the summary (V31). */
    List<PeriodReportRow> supportedInYears(@Param("fromYear") int fromYear, @Param("toYear") int toYear);
}
