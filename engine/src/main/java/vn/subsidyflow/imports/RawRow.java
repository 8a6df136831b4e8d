package vn.subsidyflow.imports;

import java.util.EnumMap;
import java.util.Map;

/** A data row of a history file as written, before any check: its row number and each column's text. */
record RawRow(int row, Map<HistoryColumn, String> cells) {

    RawRow {
        cells = new EnumMap<>(cells);
    }

    /** The column's text without surrounding blanks; empty when the cell is empty or missing. */
    String text(HistoryColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
