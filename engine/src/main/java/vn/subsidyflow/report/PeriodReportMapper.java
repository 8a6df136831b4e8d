package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.catalog.Category;

@Mapper
interface PeriodReportMapper {

    /** Exact: a scan of the dossiers decided in the period (over the covering index of V30). */
    List<PeriodReportRow> supported(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Every row of the summary kept by {@link SupportSummary} (V31). */
    List<SummaryRow> summary();

    /** Distinct businesses supported in a fiscal year and category by decisions of fromYear … toYear. */
    long businessesDecided(@Param("fiscalYear") int fiscalYear, @Param("category") Category category,
                           @Param("fromYear") int fromYear, @Param("toYear") int toYear);
}
