package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The period report: a dossier counts once its support is decided (approved, waiting for budget,
 * committed or paid), in the period of its decision date, grouped by the fiscal year its budget sits
 * in (the decision's year, or a later one for a commitment carried over at fiscal-year end).
 * <p>
 * A period of whole years is read from the summary that {@link SupportSummary} keeps with every
 * save (a few rows, whatever the number of dossiers). Any other period is cut ({@link PeriodSplit})
 * into the whole years inside it, read the same way, and the part-years at its edges, counted exactly
 * from the dossiers over the covering index on the decision date (V30), so its cost grows with the
 * dossiers of the edges only. A period with no whole year inside (at most two part-years) is counted
 * from the dossiers as a whole.
 * <p>
 * A report may be narrowed to a category, a support item (by code) and a policy version. It also
 * counts the distinct businesses over the whole period (summing the per-year rows would count a
 * business supported in two years twice), breaks the figures down per category, per support item
 * and per policy version, and holds its paid đồng against the ledger. Over whole years (at most
 * narrowed to a category) all of that comes from the tally (V55) kept with the summary; a report
 * narrowed to an item or a version is grouped in SQL over the covering index for its whole period.
 */
@Service
public class PeriodReports {

    /** The longest period one report may cover, so nobody asks the database for a century by accident. */
    static final int MAX_YEARS = 20;

    private final PeriodReportMapper mapper;

    PeriodReports(PeriodReportMapper mapper) {
        this.mapper = mapper;
    }

    /** Support decided from {@code from} to {@code to}, both inclusive. */
    public PeriodReport period(LocalDate from, LocalDate to) {
        return period(from, to, ReportFilter.NONE);
    }

    /** Support decided from {@code from} to {@code to}, both inclusive, narrowed by the filter. */
    public PeriodReport period(LocalDate from, LocalDate to, ReportFilter filter) {
        check(from, to);
        ReportFilter f = filter == null ? ReportFilter.NONE : filter;
        if (!f.summaryAnswers()) {
            return counted(from, to, f, mapper.rows(from, to, f));
        }
        PeriodSplit split = PeriodSplit.of(from, to, f.category());
        if (split.wholeYears()) {
            return fromSummary(from, to, f);
        }
        // Without a whole year inside, the plain count over the index is cheaper than the edges'
        // per-business checks against the tally (no whole year to check against).
        return split.hasWholeYears() ? split(from, to, f, split) : counted(from, to, f, mapper.rows(from, to, f));
    }

    /** The same figures always counted from the dossiers themselves: the reference the summary must equal. */
    public PeriodReport exact(LocalDate from, LocalDate to) {
        return exact(from, to, ReportFilter.NONE);
    }

    public PeriodReport exact(LocalDate from, LocalDate to, ReportFilter filter) {
        check(from, to);
        ReportFilter f = filter == null ? ReportFilter.NONE : filter;
        return counted(from, to, f, mapper.rows(from, to, f));
    }

    /** Every figure counted from the dossiers (over the covering index), grouped in SQL. */
    private PeriodReport counted(LocalDate from, LocalDate to, ReportFilter f, List<PeriodReportRow> rows) {
        return new PeriodReport(from, to, f, mapper.total(from, to, f).businesses(), rows, mapper.byCategory(from, to, f),
                mapper.bySupportItem(from, to, f), mapper.byPolicyVersion(from, to, f), mapper.ledger(from, to, f));
    }

    /**
     * Whole years, at most narrowed to a category: every figure from kept rows whose number does not
     * grow with the dossiers — the rows from the summary (V31), the businesses, the breakdowns and
     * the ledger check from the tally (V55).
     */
    private PeriodReport fromSummary(LocalDate from, LocalDate to, ReportFilter f) {
        int fromYear = from.getYear();
        int toYear = to.getYear();
        List<PeriodReportRow> rows = summaryRows(fromYear, toYear).stream()
                .filter(r -> f.category() == null || r.category() == f.category()).toList();
        return new PeriodReport(from, to, f, mapper.tallyTotal(fromYear, toYear, f.category()).businesses(), rows,
                mapper.tallyByCategory(fromYear, toYear, f.category()), mapper.tallyBySupportItem(fromYear, toYear, f.category()),
                mapper.tallyByPolicyVersion(fromYear, toYear, f.category()), mapper.tallyLedger(fromYear, toYear, f.category()));
    }

    /**
     * A period with whole years inside and part-years at its edges, at most narrowed to a category:
     * the whole years from the summary and the tally, the part-years counted from the dossiers; a
     * business counts once over the period, in the edges only if the whole years have no decision of it.
     */
    private PeriodReport split(LocalDate from, LocalDate to, ReportFilter f, PeriodSplit split) {
        Map<String, PeriodReportRow> rows = new TreeMap<>(); // "fiscalYear:CATEGORY": the exact query's order
        for (PeriodReportRow row : summaryRows(split.wholeFrom(), split.wholeTo())) {
            if (f.category() == null || row.category() == f.category()) {
                rows.put(row.fiscalYear() + ":" + row.category().name(), row);
            }
        }
        for (PeriodReportRow edge : mapper.edgeRows(split)) {
            rows.merge(edge.fiscalYear() + ":" + edge.category().name(), edge, (a, b) -> new PeriodReportRow(a.fiscalYear(),
                    a.category(), a.dossiers() + b.dossiers(), a.businesses() + b.businesses(), a.approvedVnd() + b.approvedVnd(),
                    a.paidVnd() + b.paidVnd()));
        }
        return new PeriodReport(from, to, f, mapper.splitTotal(split).businesses(), List.copyOf(rows.values()),
                mapper.splitByCategory(split), mapper.splitBySupportItem(split), mapper.splitByPolicyVersion(split),
                mapper.splitLedger(split));
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "from and to are required (ISO dates, e.g. 2025-01-01)");
        }
        if (to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "to must not be before from, nor more than " + MAX_YEARS
                    + " years after it");
        }
    }

    /** Support decided from 1 January {@code fromYear} to 31 December {@code toYear}. */
    public PeriodReport years(Integer fromYear, Integer toYear) {
        return years(fromYear, toYear, ReportFilter.NONE);
    }

    /** Support decided from 1 January {@code fromYear} to 31 December {@code toYear}, narrowed by the filter. */
    public PeriodReport years(Integer fromYear, Integer toYear, ReportFilter filter) {
        if (fromYear == null || toYear == null) {
            throw new DomainFailure(FailureCode.INVALID_YEARS, "fromYear and toYear are required (e.g. fromYear=2021&toYear=2025)");
        }
        if (fromYear < 1900 || toYear > 9999 || toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
            throw new DomainFailure(FailureCode.INVALID_YEARS, "toYear must not be before fromYear, and a report covers at most "
                    + MAX_YEARS + " years between 1900 and 9999");
        }
        return period(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), filter);
    }

    /**
     * Sums the summary rows of decisions in fromYear … toYear per fiscal year and category. Summing
     * last-decided businesses counts each business once, as long as none of the group's businesses
     * also had a decision after toYear (only a commitment carried over into a fiscal year after the
     * period does that); such a group's businesses are counted from report_business instead.
     */
    private List<PeriodReportRow> summaryRows(int fromYear, int toYear) {
        Map<String, List<SummaryRow>> groups = new TreeMap<>();
        Set<String> decidedLater = new HashSet<>();
        for (SummaryRow row : mapper.summary()) {
            String key = row.fiscalYear() + ":" + row.category().name(); // the exact query's order
            if (row.decisionYear() > toYear) {
                decidedLater.add(key);
            } else if (row.decisionYear() >= fromYear) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        List<PeriodReportRow> report = new ArrayList<>();
        groups.forEach((key, rows) -> {
            SummaryRow first = rows.get(0);
            long businesses = decidedLater.contains(key)
                    ? mapper.businessesDecided(first.fiscalYear(), first.category(), fromYear, toYear)
                    : rows.stream().mapToLong(SummaryRow::lastDecidedBusinesses).sum();
            report.add(new PeriodReportRow(first.fiscalYear(), first.category(), rows.stream().mapToLong(SummaryRow::dossiers).sum(),
                    businesses, rows.stream().mapToLong(SummaryRow::approvedVnd).sum(), rows.stream().mapToLong(SummaryRow::paidVnd).sum()));
        });
        return report;
    }
}
