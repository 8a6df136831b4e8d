package vn.subsidyflow.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a history file, each with its English header (the name errors use) and a
 * Vietnamese one; a file may use either, in any order, with any letter case.
 */
public enum HistoryColumn {
    TAX_CODE("taxCode", "Mã số thuế"),
    ORGANISATION_NAME("organisationName", "Tên cơ sở"),
    ORGANISATION_TYPE("organisationType", "Loại hình"),
    SUPPORT_ITEM_CODE("supportItemCode", "Mã nội dung hỗ trợ"),
    POLICY_CODE("policyCode", "Mã chính sách"),
    FILED_ON("filedOn", "Ngày nộp hồ sơ"),
    DECISION_NUMBER("decisionNumber", "Số quyết định"),
    DECIDED_ON("decidedOn", "Ngày quyết định"),
    APPROVED_VND("approvedVnd", "Kinh phí được duyệt"),
    PAID_VND("paidVnd", "Kinh phí đã chi"),
    PAID_ON("paidOn", "Ngày chi");

    private final String header;
    private final String vietnamese;

    HistoryColumn(String header, String vietnamese) {
        this.header = header;
        this.vietnamese = vietnamese;
    }

    /** The English header, as errors name the column. */
    public String header() {
        return header;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** Whether the column holds a date (read from a spreadsheet's date cells too). */
    boolean isDate() {
        return this == FILED_ON || this == DECIDED_ON || this == PAID_ON;
    }

    /** The column a header names, ignoring case, surrounding blanks and how its marks are encoded. */
    static Optional<HistoryColumn> named(String header) {
        String wanted = normal(header);
        for (HistoryColumn column : values()) {
            if (normal(column.header).equals(wanted) || normal(column.vietnamese).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
