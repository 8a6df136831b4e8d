package vn.subsidyflow.imports;

/**
 * One thing wrong in a history file: the row (the line of the CSV file or the row of the sheet, the
 * header being where it is; null for the file as a whole), the column's English header (null when
 * no one column is at fault), a stable code and a message.
 */
public record RowError(Integer row, String column, String code, String message) {

    RowError(Integer row, String column, ImportErrorCode code, String message) {
        this(row, column, code.name(), message);
    }

    static RowError of(int row, HistoryColumn column, ImportErrorCode code, String message) {
        return new RowError(row, column.header(), code, message);
    }

    static RowError ofFile(ImportErrorCode code, String message) {
        return new RowError(null, null, code, message);
    }
}
