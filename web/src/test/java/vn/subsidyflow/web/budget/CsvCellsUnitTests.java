package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsUnitTests {

    @Test
    void shouldQuoteEveryCellThatASpreadsheetWouldReadAsAFormula() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.text("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.text("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    }

    @Test
    void shouldLeaveOrdinaryTextAndEmptyCellsAlone() {
        assertThat(CsvCells.text("Bổ sung dự toán 2026 = 5 tỷ")).isEqualTo("Bổ sung dự toán 2026 = 5 tỷ");
        assertThat(CsvCells.text("45/QĐ-UBND")).isEqualTo("45/QĐ-UBND");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }
}
