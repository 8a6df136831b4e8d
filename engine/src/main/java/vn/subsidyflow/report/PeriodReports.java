package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The period report: a dossier counts once its support is decided (approved, waiting for budget,
 * committed or paid), in the period of its decision date, grouped by the fiscal year its budget sits
 * in (the decision's year, or a later one for a commitment carried over at fiscal-year end).
 * <p>
 * A period of whole months (whole years among them) is read from the tally that {@link SupportSummary}
 * keeps with every save, by decision month (V55, V62): a few rows per month, whatever the number of
 * dossiers. Any other period is cut ({@link PeriodSplit}) into the whole months inside it, read the
 * same way, and the part-months at its edges, counted exactly from the dossiers over the covering
 * index on the decision date (V30), so its cost grows with the few weeks of dossiers at its edges
 * only. A period with no whole month inside (at most two part-months) is counted from the dossiers
 * as a whole.
 * <p>
 * A report may be narrowed to a category, a support item (by code) and a policy version. It also
 * counts the distinct businesses over the whole period (summing the per-month rows would count a
 * business supported in two months twice), breaks the figures down per fiscal year and category,
 * per category, per support item and per policy version, and holds its paid đồng against the
 * ledger. Over whole months (at most narrowed to a category) all of that comes from the tally; a
 * report narrowed to an item or a version is grouped in SQL over the covering index for its whole period.
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
        if (!f.tallyAnswers()) {
            return counted(from, to, f, mapper.rows(from, to, f));
        }
        PeriodSplit split = PeriodSplit.of(from, to, f.category());
        if (split.wholeMonths()) {
            return fromTally(from, to, f, split);
        }
        // Without a whole month inside, the plain count over the index is cheaper than the edges'
        // per-business checks against the tally (no whole month to check against).
        return split.hasWholeMonths() ? split(from, to, f, split) : counted(from, to, f, mapper.rows(from, to, f));
    }

    /** The same figures always counted from the dossiers themselves: the reference the tally must equal. */
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
     * Whole months, at most narrowed to a category: every figure from the tally (V55, V62), whose rows
     * do not grow with the dossiers — the rows per fiscal year and category from its FISCAL group.
     */
    private PeriodReport fromTally(LocalDate from, LocalDate to, ReportFilter f, PeriodSplit split) {
        int fromMonth = split.wholeFrom();
        int toMonth = split.wholeTo();
        Category category = f.category();
        return new PeriodReport(from, to, f, mapper.tallyTotal(fromMonth, toMonth, category).businesses(),
                mapper.tallyRows(fromMonth, toMonth, category), mapper.tallyByCategory(fromMonth, toMonth, category),
                mapper.tallyBySupportItem(fromMonth, toMonth, category), mapper.tallyByPolicyVersion(fromMonth, toMonth, category),
                mapper.tallyLedger(fromMonth, toMonth, category));
    }

    /**
     * A period with whole months inside and part-months at its edges, at most narrowed to a category:
     * the whole months from the tally, the part-months read once from the dossiers ({@link EdgeGroup})
     * and summed here per breakdown; a business counts once over the period, in the edges only if the
     * whole months have no decision of it in the same group.
     */
    private PeriodReport split(LocalDate from, LocalDate to, ReportFilter f, PeriodSplit split) {
        int first = split.wholeFrom();
        int last = split.wholeTo();
        Category category = f.category();
        List<EdgeGroup> edges = mapper.edgeGroups(split);

        EdgeSums.Sum edgeTotal = EdgeSums.of(edges, e -> "", EdgeGroup::inTotal).get("");
        long businesses = mapper.tallyTotal(first, last, category).businesses() + (edgeTotal == null ? 0 : edgeTotal.businesses());

        // Per fiscal year and category, in the exact query's order.
        Map<PeriodReportRow, PeriodReportRow> rows = new TreeMap<>(Comparator.comparingInt(PeriodReportRow::fiscalYear)
                .thenComparing(r -> r.category().name()));
        for (PeriodReportRow row : mapper.tallyRows(first, last, category)) {
            rows.put(row, row);
        }
        EdgeSums.of(edges, e -> new PeriodReportRow(e.fiscalYear(), e.category(), 0, 0, 0, 0), EdgeGroup::inFiscal).byKey()
                .forEach((key, edge) -> rows.merge(key, new PeriodReportRow(key.fiscalYear(), key.category(), edge.dossiers,
                        edge.businesses(), edge.approvedVnd, edge.paidVnd), (a, b) -> new PeriodReportRow(a.fiscalYear(),
                        a.category(), a.dossiers() + b.dossiers(), a.businesses() + b.businesses(), a.approvedVnd() + b.approvedVnd(),
                        a.paidVnd() + b.paidVnd())));

        Map<String, Breakdown> wholeCategories = byKey(mapper.tallyByCategory(first, last, category));
        EdgeSums<String> edgeCategories = EdgeSums.of(edges, e -> e.category().name(), EdgeGroup::inCategory);
        Set<String> categories = new TreeSet<>(wholeCategories.keySet());
        categories.addAll(edgeCategories.byKey().keySet());
        List<Breakdown> byCategory = new ArrayList<>();
        for (String key : categories) {
            byCategory.add(EdgeSums.add(wholeCategories.get(key), edgeCategories.get(key), key, null, null, null));
        }

        Map<String, Breakdown> wholeItems = byKey(mapper.tallyBySupportItem(first, last, category));
        EdgeSums<String> edgeItems = EdgeSums.of(edges, EdgeGroup::supportItemCode, EdgeGroup::inItem);
        Set<String> codes = new HashSet<>(wholeItems.keySet());
        codes.addAll(edgeItems.byKey().keySet());
        List<Breakdown> bySupportItem = new ArrayList<>();
        for (Breakdown item : codes.isEmpty() ? List.<Breakdown>of() : mapper.itemNames(codes)) {
            bySupportItem.add(EdgeSums.add(wholeItems.get(item.key()), edgeItems.get(item.key()), item.key(), null, item.nameVi(),
                    item.nameEn()));
        }

        Map<Long, Breakdown> wholeVersions = new HashMap<>();
        mapper.tallyByPolicyVersion(first, last, category).forEach(b -> wholeVersions.put(b.id(), b));
        EdgeSums<Long> edgeVersions = EdgeSums.of(edges, EdgeGroup::policyVersionId, EdgeGroup::inVersion);
        Set<Long> ids = new HashSet<>(wholeVersions.keySet());
        ids.addAll(edgeVersions.byKey().keySet());
        List<Breakdown> byPolicyVersion = new ArrayList<>();
        for (Breakdown version : ids.isEmpty() ? List.<Breakdown>of() : mapper.versionNames(ids)) {
            byPolicyVersion.add(EdgeSums.add(wholeVersions.get(version.id()), edgeVersions.get(version.id()), version.key(),
                    version.id(), version.nameVi(), version.nameEn()));
        }
        return new PeriodReport(from, to, f, businesses, List.copyOf(rows.values()), byCategory, bySupportItem, byPolicyVersion,
                mapper.splitLedger(split));
    }

    private static Map<String, Breakdown> byKey(List<Breakdown> breakdowns) {
        Map<String, Breakdown> byKey = new HashMap<>();
        breakdowns.forEach(b -> byKey.put(b.key(), b));
        return byKey;
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
}
