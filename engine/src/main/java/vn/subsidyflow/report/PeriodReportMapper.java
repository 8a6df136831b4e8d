package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.catalog.Category;

/**
 * The period report's reads. Those over the dossiers scan the covering index of V30/V54 on the
 * decision date (no table rows) and group in SQL; those over the tally read a few rows.
 */
@Mapper
interface PeriodReportMapper {

    /** Exact, unfiltered: the dossiers decided in the period per fiscal year and category. */
    default List<PeriodReportRow> supported(LocalDate from, LocalDate to) {
        return rows(from, to, ReportFilter.NONE);
    }

    /** Exact: the dossiers decided in the period that pass the filter, per fiscal year and category. */
    List<PeriodReportRow> rows(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    /** Exact: distinct businesses over the whole period, and its dossiers and đồng, as one row without a key. */
    Breakdown total(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    List<Breakdown> byCategory(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    /** Per support item code (one row for the same code in several versions), named as in the newest version. */
    List<Breakdown> bySupportItem(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    List<Breakdown> byPolicyVersion(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    /** The same dossiers' paid đồng, and their DISBURSE and CLAWBACK entries on the ledger. */
    LedgerCheck ledger(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("filter") ReportFilter filter);

    /** From the tally's FISCAL group (V62): the report's rows per fiscal year and category for decisions of fromMonth … toMonth. */
    List<PeriodReportRow> tallyRows(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth,
                                    @Param("category") Category category);

    /**
     * From the tally (V55, by month since V62): distinct businesses, dossiers and đồng of decisions of
     * fromMonth … toMonth (month keys {@code year * 100 + month}), in one category or all.
     */
    Breakdown tallyTotal(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth, @Param("category") Category category);

    /** From the tally: per category (or only the given one). */
    List<Breakdown> tallyByCategory(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth,
                                    @Param("category") Category category);

    /** From the tally: per support item code, within one category or over all. */
    List<Breakdown> tallyBySupportItem(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth,
                                       @Param("category") Category category);

    /** From the tally: per policy version, within one category or over all. */
    List<Breakdown> tallyByPolicyVersion(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth,
                                         @Param("category") Category category);

    /** From the tally: the dossiers' paid đồng and the ledger's DISBURSE and CLAWBACK đồng for them. */
    LedgerCheck tallyLedger(@Param("fromMonth") int fromMonth, @Param("toMonth") int toMonth, @Param("category") Category category);

    /**
     * A date period's edges (its part-months) in one pass: per business, category, fiscal year, item
     * and version, their figures and whether the whole months already count the business in each group.
     */
    List<EdgeGroup> edgeGroups(@Param("split") PeriodSplit split);

    /** The given item codes named as the breakdowns name them, in the breakdown's order (figures 0). */
    List<Breakdown> itemNames(@Param("codes") Collection<String> codes);

    /** The given policy versions as the breakdowns show them, in the breakdown's order (figures 0). */
    List<Breakdown> versionNames(@Param("ids") Collection<Long> ids);

    /** A date period's paid đồng against the ledger: whole months from the tally, edges from the dossiers and entries. */
    LedgerCheck splitLedger(@Param("split") PeriodSplit split);
}
