package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PeriodReportMapper {

    List<PeriodReportRow> supported(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
