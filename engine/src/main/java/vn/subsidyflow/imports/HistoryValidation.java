package vn.subsidyflow.imports;

import static vn.subsidyflow.imports.HistoryColumn.APPROVED_VND;
import static vn.subsidyflow.imports.HistoryColumn.DECIDED_ON;
import static vn.subsidyflow.imports.HistoryColumn.DECISION_NUMBER;
import static vn.subsidyflow.imports.HistoryColumn.FILED_ON;
import static vn.subsidyflow.imports.HistoryColumn.ORGANISATION_NAME;
import static vn.subsidyflow.imports.HistoryColumn.ORGANISATION_TYPE;
import static vn.subsidyflow.imports.HistoryColumn.PAID_ON;
import static vn.subsidyflow.imports.HistoryColumn.PAID_VND;
import static vn.subsidyflow.imports.HistoryColumn.POLICY_CODE;
import static vn.subsidyflow.imports.HistoryColumn.SUPPORT_ITEM_CODE;
import static vn.subsidyflow.imports.HistoryColumn.TAX_CODE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.TaxCode;
import vn.subsidyflow.shared.Money;

/**
 * Checks every row of a history file and collects every error, not just the first: a file is
 * imported whole or not at all, so whoever fixes it should see all there is to fix at once.
 * A row whose decision number is already in the database for the same dossier (same business,
 * programme, item, decision day and amount) was imported before and is left out, not an error.
 */
final class HistoryValidation {

    /**
     * The rows to import, how many were imported before, and the errors (none for a file to import):
     * the first {@link #MAX_LISTED_ERRORS} of them, {@code errorCount} being all there are.
     */
    record Checked(List<HistoryRow> rows, int alreadyImported, List<RowError> errors, int errorCount) {
    }

    /**
     * Errors listed of a refused file. A file whose every row is wrong would otherwise hold a million
     * errors on the heap and in the answer; past the first ten thousand the same mistake repeats, and
     * the count tells whoever fixes the file how much there is.
     */
    static final int MAX_LISTED_ERRORS = 10_000;

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_NAME = 300;
    static final int MAX_DECISION_NUMBER = 60;
    static final int MAX_CODE = 60;
    // Three dates a row, a few thousand days over a history, written one or two ways: a bound for a file of nonsense.
    private static final int MAX_DATES = 50_000;

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, OrganisationType> TYPE_NAMES = Map.of(
            "enterprise", OrganisationType.ENTERPRISE, "doanh nghiệp", OrganisationType.ENTERPRISE,
            "cooperative", OrganisationType.COOPERATIVE, "hợp tác xã", OrganisationType.COOPERATIVE,
            "household_business", OrganisationType.HOUSEHOLD_BUSINESS, "hộ kinh doanh", OrganisationType.HOUSEHOLD_BUSINESS);

    private HistoryValidation() {
    }

    static Checked check(List<RawRow> raw, HistoryCatalogue catalogue, Map<String, HistoryCatalogue.ExistingDecision> existing,
                         LocalDate today) {
        Errors errors = new Errors();
        Map<String, LocalDate> dates = new HashMap<>();
        List<HistoryRow> rows = new ArrayList<>();
        Map<String, Integer> decisionRows = new HashMap<>();
        Map<Long, Long> approvedPerVersion = new LinkedHashMap<>();
        int already = 0;
        for (RawRow row : raw) {
            int before = errors.size();
            Row checked = new Row(row, errors, dates, today);
            HistoryRow valid = checked.check(catalogue);
            String number = row.text(DECISION_NUMBER);
            if (!number.isEmpty()) {
                Integer first = decisionRows.putIfAbsent(number, row.row());
                if (first != null) {
                    errors.add(RowError.of(row.row(), DECISION_NUMBER, ImportErrorCode.DUPLICATE_DECISION_NUMBER,
                            "The decision number " + number + " is also on row " + first));
                    continue;
                }
            }
            if (errors.size() > before || valid == null) {
                continue;
            }
            HistoryCatalogue.ExistingDecision known = existing.get(valid.decisionNumber());
            if (known != null) {
                if (sameDossier(known, valid, catalogue)) {
                    already++;
                } else {
                    errors.add(RowError.of(row.row(), DECISION_NUMBER, ImportErrorCode.DECISION_NUMBER_TAKEN,
                            "The decision number " + number + " is already another dossier's"));
                }
                continue;
            }
            rows.add(valid);
            approvedPerVersion.merge(valid.policyVersionId(), valid.approvedVnd(), Long::sum);
        }
        for (HistoryCatalogue.Version version : catalogue.versions().values()) {
            long approved = approvedPerVersion.getOrDefault(version.id(), 0L);
            if (approved > version.roomVnd()) {
                errors.add(new RowError(null, APPROVED_VND.header(), ImportErrorCode.PROGRAMME_TOTAL_EXCEEDED,
                        "The dossiers of " + version.code() + " were approved " + approved + " đ together, more than the "
                                + version.roomVnd() + " đ its programme total has left to allocate"));
            }
        }
        return errors.size() == 0 ? new Checked(rows, already, List.of(), 0)
                : new Checked(List.of(), already, errors.listed, errors.size());
    }

    /** The errors found: the first ones listed, all counted. */
    static final class Errors {

        private final List<RowError> listed = new ArrayList<>();
        private int count;

        void add(RowError error) {
            count++;
            if (listed.size() < MAX_LISTED_ERRORS) {
                listed.add(error);
            }
        }

        int size() {
            return count;
        }
    }

    private static boolean sameDossier(HistoryCatalogue.ExistingDecision known, HistoryRow row, HistoryCatalogue catalogue) {
        HistoryCatalogue.Version version = catalogue.versions().get(known.policyCode());
        return version != null && version.id() == row.policyVersionId() && known.taxCode().equals(row.taxCode())
                && known.supportItemCode().equals(row.supportItemCode()) && Objects.equals(known.decidedOn(), row.decidedOn())
                && known.approvedVnd() == row.approvedVnd();
    }

    /** One row's checks; each adds its error and yields null, so every column of the row is looked at. */
    private static final class Row {

        private final RawRow raw;
        private final Errors errors;
        private final Map<String, LocalDate> dates;
        private final LocalDate today;

        Row(RawRow raw, Errors errors, Map<String, LocalDate> dates, LocalDate today) {
            this.raw = raw;
            this.errors = errors;
            this.dates = dates;
            this.today = today;
        }

        HistoryRow check(HistoryCatalogue catalogue) {
            String taxCode = taxCode();
            String name = text(ORGANISATION_NAME, MAX_NAME);
            OrganisationType type = organisationType();
            HistoryCatalogue.Version version = version(catalogue);
            HistoryCatalogue.Item item = item(version);
            LocalDate filedOn = date(FILED_ON);
            String decisionNumber = text(DECISION_NUMBER, MAX_DECISION_NUMBER);
            LocalDate decidedOn = date(DECIDED_ON);
            Long approved = amount(APPROVED_VND);
            Long paid = amount(PAID_VND);
            LocalDate paidOn = date(PAID_ON);
            if (approved != null && paid != null && paid > approved) {
                error(PAID_VND, ImportErrorCode.PAID_ABOVE_APPROVED, "Paid " + paid + " đ is more than the " + approved + " đ approved");
            }
            inOrder(filedOn, FILED_ON, decidedOn, DECIDED_ON);
            inOrder(decidedOn, DECIDED_ON, paidOn, PAID_ON);
            if (version != null && filedOn != null && version.published() && !version.inForceOn(filedOn)) {
                error(FILED_ON, ImportErrorCode.FILED_OUTSIDE_POLICY_VERSION, "Filed on " + filedOn + ", when " + version.code()
                        + " was not in force (" + version.effectiveFrom() + " to "
                        + (version.effectiveTo() == null ? "today" : version.effectiveTo()) + ")");
            }
            if (taxCode == null || name == null || type == null || item == null || filedOn == null || decisionNumber == null
                    || decidedOn == null || approved == null || paid == null || paidOn == null) {
                return null;
            }
            return new HistoryRow(raw.row(), taxCode, name, type, version.id(), item.id(), item.code(), item.category(),
                    filedOn, decisionNumber, decidedOn, approved, paid, paidOn);
        }

        private String taxCode() {
            String value = required(TAX_CODE);
            if (value == null) {
                return null;
            }
            if (!TaxCode.isValid(value)) {
                return error(TAX_CODE, ImportErrorCode.INVALID_TAX_CODE, "'" + value + "' is not a valid tax code (10 digits with"
                        + " their check digit, 13 for a branch, or a 12-digit personal ID)");
            }
            return value;
        }

        private OrganisationType organisationType() {
            String value = required(ORGANISATION_TYPE);
            if (value == null) {
                return null;
            }
            OrganisationType type = TYPE_NAMES.get(value.toLowerCase(Locale.ROOT));
            return type != null ? type : error(ORGANISATION_TYPE, ImportErrorCode.INVALID_ORGANISATION_TYPE,
                    "'" + value + "' is not ENTERPRISE, COOPERATIVE or HOUSEHOLD_BUSINESS");
        }

        private HistoryCatalogue.Version version(HistoryCatalogue catalogue) {
            String code = text(POLICY_CODE, MAX_CODE);
            if (code == null) {
                return null;
            }
            HistoryCatalogue.Version version = catalogue.versions().get(code);
            if (version == null) {
                return error(POLICY_CODE, ImportErrorCode.UNKNOWN_POLICY_VERSION, "No policy version has the code " + code);
            }
            if (!version.published()) {
                return error(POLICY_CODE, ImportErrorCode.UNKNOWN_POLICY_VERSION, "The policy version " + code + " is a draft, never in force");
            }
            return version;
        }

        private HistoryCatalogue.Item item(HistoryCatalogue.Version version) {
            String code = text(SUPPORT_ITEM_CODE, MAX_CODE);
            if (code == null || version == null) {
                return null;
            }
            HistoryCatalogue.Item item = version.items().get(code);
            return item != null ? item : error(SUPPORT_ITEM_CODE, ImportErrorCode.UNKNOWN_SUPPORT_ITEM,
                    "The policy version " + version.code() + " has no support item " + code);
        }

        private LocalDate date(HistoryColumn column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            // One LocalDate per day written, not per cell: the checked rows are held together until written.
            LocalDate date = dates.size() < MAX_DATES ? dates.computeIfAbsent(value, HistoryValidation::parseDate)
                    : dates.containsKey(value) ? dates.get(value) : parseDate(value);
            if (date == null) {
                return error(column, ImportErrorCode.INVALID_DATE, "'" + value + "' is not a date (dd/MM/yyyy or yyyy-MM-dd)");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return error(column, ImportErrorCode.DATE_OUT_OF_RANGE, date + " is not between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            if (date.isAfter(today)) {
                return error(column, ImportErrorCode.DATE_IN_FUTURE, date + " is after today; history is what has happened");
            }
            return date;
        }

        private Long amount(HistoryColumn column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            Long amount = parseAmount(value);
            if (amount == null) {
                return error(column, ImportErrorCode.INVALID_AMOUNT, "'" + value + "' is not a whole number of đồng (no fraction; a"
                        + " thousands separator only where it cannot be read as a decimal mark, e.g. 15.000.000)");
            }
            if (amount < 1 || amount > Money.MAX_AMOUNT_VND) {
                return error(column, ImportErrorCode.INVALID_AMOUNT, "The amount must be between 1 and " + Money.MAX_AMOUNT_VND + " đ");
            }
            return amount;
        }

        private void inOrder(LocalDate earlier, HistoryColumn earlierColumn, LocalDate later, HistoryColumn laterColumn) {
            if (earlier != null && later != null && later.isBefore(earlier)) {
                error(laterColumn, ImportErrorCode.DATES_OUT_OF_ORDER, laterColumn.header() + " " + later + " is before "
                        + earlierColumn.header() + " " + earlier);
            }
        }

        private String text(HistoryColumn column, int max) {
            String value = required(column);
            if (value != null && value.length() > max) {
                return error(column, ImportErrorCode.TOO_LONG, column.header() + " has " + value.length() + " characters; at most " + max);
            }
            return value;
        }

        private String required(HistoryColumn column) {
            String value = raw.text(column);
            return value.isEmpty() ? error(column, ImportErrorCode.REQUIRED, column.header() + " is required") : value;
        }

        private <T> T error(HistoryColumn column, ImportErrorCode code, String message) {
            errors.add(RowError.of(raw.row(), column, code, message));
            return null;
        }
    }

    /** dd/MM/yyyy (one-digit day and month too) or ISO yyyy-MM-dd; null for anything else. */
    static LocalDate parseDate(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whole đồng: digits, or digits grouped by thousands where the grouping cannot be a decimal mark —
     * spaces, or the same '.' or ',' at least twice ({@code 15.000.000}). A single '.' or ',' ({@code 1.500},
     * {@code 1,5}) could be either in one language or the other, so it is refused rather than guessed.
     */
    static Long parseAmount(String text) {
        String value = text.replace('\u00A0', ' ').replace('\u202F', ' ');
        if (!DIGITS.matcher(value).matches()) {
            String separator = value.contains(" ") ? " " : value.contains(".") ? "." : value.contains(",") ? "," : null;
            if (separator == null) {
                return null;
            }
            String[] groups = value.split(Pattern.quote(separator), -1);
            if (!separator.equals(" ") && groups.length < 3) {
                return null;
            }
            if (!groups[0].matches("\\d{1,3}")) {
                return null;
            }
            for (int i = 1; i < groups.length; i++) {
                if (!groups[i].matches("\\d{3}")) {
                    return null;
                }
            }
            value = String.join("", groups);
        }
        if (value.length() > 18) {
            return Long.MAX_VALUE; // whole, but beyond any amount: refused as out of range
        }
        return Long.parseLong(value);
    }
}
