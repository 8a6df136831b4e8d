package vn.subsidyflow.imports;

import java.util.EnumMap;
import java.util.Map;

/**
 * A data row of a history file as written, before any check: its row number and each column's text.
 * Held as one array of the columns' texts (stripped, by {@link HistoryColumn} ordinal): a file of
 * 100 000 rows keeps them all at once while they are checked, and a map per row would be several
 * times the file's own size on the heap.
 */
final class RawRow {

    private static final HistoryColumn[] COLUMNS = HistoryColumn.values();

    private final int row;
    private final String[] texts;

    RawRow(int row, Map<HistoryColumn, String> cells) {
        this.row = row;
        this.texts = new String[COLUMNS.length];
        cells.forEach((column, value) -> texts[column.ordinal()] = value == null ? null : value.strip());
    }

    /** The texts by column ordinal, already stripped; taken as they are, not copied. */
    RawRow(int row, String[] texts) {
        if (texts.length != COLUMNS.length) {
            throw new IllegalArgumentException("A row has " + COLUMNS.length + " columns, not " + texts.length);
        }
        this.row = row;
        this.texts = texts;
    }

    int row() {
        return row;
    }

    /** The columns and their texts, as a map (made on each call: for tests and the odd caller). */
    Map<HistoryColumn, String> cells() {
        Map<HistoryColumn, String> cells = new EnumMap<>(HistoryColumn.class);
        for (HistoryColumn column : COLUMNS) {
            if (texts[column.ordinal()] != null) {
                cells.put(column, texts[column.ordinal()]);
            }
        }
        return cells;
    }

    /** The column's text without surrounding blanks; empty when the cell is empty or missing. */
    String text(HistoryColumn column) {
        String value = texts[column.ordinal()];
        return value == null ? "" : value;
    }
}
