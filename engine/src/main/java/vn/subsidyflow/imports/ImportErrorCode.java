package vn.subsidyflow.imports;

/**
 * What can be wrong in a history file: the {@code code} of each {@link RowError}. Stable, like the
 * failure codes: whoever fixes a file may sort or filter on them.
 */
public enum ImportErrorCode {
    // The file as a whole.
    EMPTY_FILE("No file, an empty one, or one without a header row"),
    UNREADABLE_FILE("Neither a UTF-8 CSV file nor an XLSX workbook that can be read"),
    FILE_TOO_LARGE("Larger than subsidyflow.imports.max-file-bytes"),
    TOO_MANY_ROWS("More data rows than subsidyflow.imports.max-rows"),
    MISSING_COLUMN("The header lacks a column"),
    UNKNOWN_COLUMN("The header names a column a history file does not have"),
    DUPLICATE_COLUMN("The header names a column twice"),
    PROGRAMME_TOTAL_EXCEEDED("A policy version's dossiers were approved more than its programme total has left"),
    // A row.
    REQUIRED("The cell is empty"),
    TOO_LONG("The text is longer than its column keeps"),
    INVALID_TAX_CODE("Not a tax code: 10 digits with their check digit, 13 for a branch, or a 12-digit personal ID"),
    INVALID_ORGANISATION_TYPE("Not ENTERPRISE, COOPERATIVE or HOUSEHOLD_BUSINESS (or their Vietnamese names)"),
    UNKNOWN_POLICY_VERSION("No published policy version has this code"),
    UNKNOWN_SUPPORT_ITEM("The policy version has no support item with this code"),
    INVALID_DATE("Not a date dd/MM/yyyy or yyyy-MM-dd"),
    DATE_OUT_OF_RANGE("A date before 2000 or after 2100"),
    DATE_IN_FUTURE("A date after today"),
    DATES_OUT_OF_ORDER("Not filed on or before the decision, decided on or before the payment"),
    FILED_OUTSIDE_POLICY_VERSION("Filed on a day its policy version was not in force"),
    INVALID_AMOUNT("Not a whole number of đồng from 1 to 10^15, or written so it could be read two ways"),
    PAID_ABOVE_APPROVED("More paid than approved"),
    DUPLICATE_DECISION_NUMBER("The decision number is on an earlier row of the file too"),
    DECISION_NUMBER_TAKEN("The decision number is another dossier's in the database");

    private final String meaning;

    ImportErrorCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
