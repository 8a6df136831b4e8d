package vn.subsidyflow.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;

class HistoryValidationUnitTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final HistoryCatalogue CATALOGUE = new HistoryCatalogue(Map.of(
            "NQ215", new HistoryCatalogue.Version(1, "NQ215", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), true,
                    1_000_000_000L, Map.of("ISO_9001", new HistoryCatalogue.Item(11, "ISO_9001", Category.MANAGEMENT_SYSTEM))),
            "NQ95", new HistoryCatalogue.Version(2, "NQ95", LocalDate.of(2023, 1, 1), null, true, 1_000_000_000L,
                    Map.of("PATENT", new HistoryCatalogue.Item(21, "PATENT", Category.INTELLECTUAL_PROPERTY))),
            "DRAFT", new HistoryCatalogue.Version(3, "DRAFT", LocalDate.of(2023, 1, 1), null, false, 1_000_000_000L,
                    Map.of("PATENT", new HistoryCatalogue.Item(31, "PATENT", Category.INTELLECTUAL_PROPERTY)))));

    @Test
    void aGoodRowBecomesAClosedDossierOfItsVersionAndDecisionYear() {
        HistoryValidation.Checked checked = check(row(2));

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.rows()).singleElement().satisfies(row -> {
            assertThat(row.taxCode()).isEqualTo("0100233488");
            assertThat(row.organisationType()).isEqualTo(OrganisationType.ENTERPRISE);
            assertThat(row.policyVersionId()).isEqualTo(1);
            assertThat(row.supportItemId()).isEqualTo(11);
            assertThat(row.category()).isEqualTo(Category.MANAGEMENT_SYSTEM);
            assertThat(row.filedOn()).isEqualTo(LocalDate.of(2021, 3, 5));
            assertThat(row.decidedOn()).isEqualTo(LocalDate.of(2021, 4, 20));
            assertThat(row.fiscalYear()).isEqualTo(2021);
            assertThat(row.approvedVnd()).isEqualTo(30_000_000L);
            assertThat(row.paidVnd()).isEqualTo(25_000_000L);
        });
    }

    @Test
    void everyErrorOfEveryRowIsListedWithItsRowAndColumn() {
        RawRow first = with(row(2), Map.of(HistoryColumn.TAX_CODE, "0100233489", HistoryColumn.ORGANISATION_TYPE, "COMPANY",
                HistoryColumn.APPROVED_VND, "1,5"));
        RawRow second = with(row(3), Map.of(HistoryColumn.SUPPORT_ITEM_CODE, "PATENT", HistoryColumn.PAID_VND, "40000000",
                HistoryColumn.FILED_ON, "31/02/2021", HistoryColumn.ORGANISATION_NAME, ""));
        RawRow third = with(row(4), Map.of(HistoryColumn.POLICY_CODE, "NOPE", HistoryColumn.DECIDED_ON, "2027-01-01"));

        HistoryValidation.Checked checked = check(first, second, third);

        assertThat(checked.rows()).isEmpty();
        assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "taxCode", "INVALID_TAX_CODE"),
                org.assertj.core.groups.Tuple.tuple(2, "organisationType", "INVALID_ORGANISATION_TYPE"),
                org.assertj.core.groups.Tuple.tuple(2, "approvedVnd", "INVALID_AMOUNT"),
                org.assertj.core.groups.Tuple.tuple(3, "organisationName", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple(3, "supportItemCode", "UNKNOWN_SUPPORT_ITEM"),
                org.assertj.core.groups.Tuple.tuple(3, "filedOn", "INVALID_DATE"),
                org.assertj.core.groups.Tuple.tuple(3, "paidVnd", "PAID_ABOVE_APPROVED"),
                org.assertj.core.groups.Tuple.tuple(4, "policyCode", "UNKNOWN_POLICY_VERSION"),
                org.assertj.core.groups.Tuple.tuple(4, "decidedOn", "DATE_IN_FUTURE"));
        assertThat(checked.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void datesMustBeInOrderWithinTheCenturyAndWhileTheVersionWasInForce() {
        RawRow reversed = with(row(2), Map.of(HistoryColumn.DECIDED_ON, "01/03/2021", HistoryColumn.PAID_ON, "2021-02-01"));
        RawRow ancient = with(row(3), Map.of(HistoryColumn.FILED_ON, "1999-12-31"));
        RawRow outside = with(row(4), Map.of(HistoryColumn.FILED_ON, "2023-01-02", HistoryColumn.DECIDED_ON, "2023-02-01",
                HistoryColumn.PAID_ON, "2023-03-01"));

        assertThat(check(reversed, ancient, outside).errors()).extracting(RowError::row, RowError::column, RowError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "decidedOn", "DATES_OUT_OF_ORDER"),
                        org.assertj.core.groups.Tuple.tuple(2, "paidOn", "DATES_OUT_OF_ORDER"),
                        org.assertj.core.groups.Tuple.tuple(3, "filedOn", "DATE_OUT_OF_RANGE"),
                        org.assertj.core.groups.Tuple.tuple(4, "filedOn", "FILED_OUTSIDE_POLICY_VERSION"));
    }

    @Test
    void aDraftVersionNamesNoHistory() {
        RawRow draft = with(row(2), Map.of(HistoryColumn.POLICY_CODE, "DRAFT", HistoryColumn.SUPPORT_ITEM_CODE, "PATENT"));
        assertThat(check(draft).errors()).extracting(RowError::code).containsExactly("UNKNOWN_POLICY_VERSION");
    }

    @Test
    void aDecisionNumberIsOnceInTheFileAndNotAnotherDossiersInTheDatabase() {
        RawRow taken = with(row(3), Map.of(HistoryColumn.DECISION_NUMBER, "9/QĐ-SKHCN"));
        RawRow imported = with(row(4), Map.of(HistoryColumn.DECISION_NUMBER, "10/QĐ-SKHCN"));
        Map<String, HistoryCatalogue.ExistingDecision> existing = Map.of(
                "9/QĐ-SKHCN", new HistoryCatalogue.ExistingDecision("9/QĐ-SKHCN", "0100109106", "NQ215", "ISO_9001",
                        LocalDate.of(2021, 4, 20), 30_000_000L),
                "10/QĐ-SKHCN", new HistoryCatalogue.ExistingDecision("10/QĐ-SKHCN", "0100233488", "NQ215", "ISO_9001",
                        LocalDate.of(2021, 4, 20), 30_000_000L));

        HistoryValidation.Checked checked = HistoryValidation.check(List.of(row(2), row(5), taken, imported), CATALOGUE,
                existing, TODAY);

        assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(5, "decisionNumber", "DUPLICATE_DECISION_NUMBER"),
                org.assertj.core.groups.Tuple.tuple(3, "decisionNumber", "DECISION_NUMBER_TAKEN"));
        assertThat(checked.alreadyImported()).isEqualTo(1);
    }

    @Test
    void aRowImportedBeforeIsLeftOutWithoutAnError() {
        RawRow imported = with(row(2), Map.of(HistoryColumn.DECISION_NUMBER, "10/QĐ-SKHCN"));
        HistoryValidation.Checked checked = HistoryValidation.check(List.of(imported), CATALOGUE, Map.of("10/QĐ-SKHCN",
                new HistoryCatalogue.ExistingDecision("10/QĐ-SKHCN", "0100233488", "NQ215", "ISO_9001",
                        LocalDate.of(2021, 4, 20), 30_000_000L)), TODAY);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.rows()).isEmpty();
        assertThat(checked.alreadyImported()).isEqualTo(1);
    }

    @Test
    void theDossiersOfAVersionMustFitWhatItsProgrammeTotalHasLeft() {
        RawRow big = with(row(2), Map.of(HistoryColumn.APPROVED_VND, "900000000", HistoryColumn.PAID_VND, "900000000"));
        RawRow more = with(row(3), Map.of(HistoryColumn.DECISION_NUMBER, "2/QĐ", HistoryColumn.APPROVED_VND, "200000000",
                HistoryColumn.PAID_VND, "1"));

        assertThat(check(big, more).errors()).extracting(RowError::row, RowError::column, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "approvedVnd", "PROGRAMME_TOTAL_EXCEEDED"));
    }

    @Test
    void amountsAreWholeDongAndNeverGuessed() {
        assertThat(HistoryValidation.parseAmount("15000000")).isEqualTo(15_000_000L);
        assertThat(HistoryValidation.parseAmount("15.000.000")).isEqualTo(15_000_000L);
        assertThat(HistoryValidation.parseAmount("15,000,000")).isEqualTo(15_000_000L);
        assertThat(HistoryValidation.parseAmount("15 000 000")).isEqualTo(15_000_000L);
        assertThat(HistoryValidation.parseAmount("1 500")).isEqualTo(1_500L);
        assertThat(HistoryValidation.parseAmount("1.500")).as("1.5 in English, 1500 in Vietnamese").isNull();
        assertThat(HistoryValidation.parseAmount("1,500")).isNull();
        assertThat(HistoryValidation.parseAmount("1500.00")).isNull();
        assertThat(HistoryValidation.parseAmount("1,5")).isNull();
        assertThat(HistoryValidation.parseAmount("15.000,5")).isNull();
        assertThat(HistoryValidation.parseAmount("15.00.000")).isNull();
        assertThat(HistoryValidation.parseAmount("-5")).isNull();
        assertThat(HistoryValidation.parseAmount("1e6")).isNull();
        assertThat(HistoryValidation.parseAmount("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void datesAreVietnameseOrIso() {
        assertThat(HistoryValidation.parseDate("05/03/2021")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(HistoryValidation.parseDate("5/3/2021")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(HistoryValidation.parseDate("2021-03-05")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(HistoryValidation.parseDate("03/05/21")).isNull();
        assertThat(HistoryValidation.parseDate("29/02/2021")).isNull();
        assertThat(HistoryValidation.parseDate("2021-3-5")).isNull();
    }

    @Test
    void aFileWrongOnEveryRowListsTheFirstTenThousandErrorsAndCountsThemAll() {
        // Three errors a row (bad tax code, type and amount) over 5 000 rows: 15 000 errors.
        List<RawRow> rows = new java.util.ArrayList<>();
        for (int number = 2; number < 5_002; number++) {
            rows.add(with(row(number), Map.of(HistoryColumn.TAX_CODE, "123", HistoryColumn.ORGANISATION_TYPE, "company",
                    HistoryColumn.APPROVED_VND, "1,5", HistoryColumn.DECISION_NUMBER, "QĐ-" + number)));
        }

        HistoryValidation.Checked checked = HistoryValidation.check(rows, CATALOGUE, Map.of(), TODAY);

        assertThat(checked.errorCount()).isEqualTo(15_000);
        assertThat(checked.errors()).hasSize(HistoryValidation.MAX_LISTED_ERRORS);
        assertThat(checked.errors().get(0)).extracting(RowError::row, RowError::code).containsExactly(2, "INVALID_TAX_CODE");
        assertThat(checked.rows()).isEmpty();
        assertThat(HistoryImports.refused(checked.errors(), checked.errorCount())).satisfies(failure -> {
            assertThat(failure.getMessage()).startsWith("The file has 15000 errors");
            assertThat(failure.details()).containsEntry("errorCount", 15_000);
        });
    }

    private static HistoryValidation.Checked check(RawRow... rows) {
        return HistoryValidation.check(List.of(rows), CATALOGUE, Map.of(), TODAY);
    }

    static RawRow row(int number) {
        Map<HistoryColumn, String> cells = new EnumMap<>(HistoryColumn.class);
        cells.put(HistoryColumn.TAX_CODE, "0100233488");
        cells.put(HistoryColumn.ORGANISATION_NAME, "Công ty TNHH Thử nghiệm");
        cells.put(HistoryColumn.ORGANISATION_TYPE, "ENTERPRISE");
        cells.put(HistoryColumn.SUPPORT_ITEM_CODE, "ISO_9001");
        cells.put(HistoryColumn.POLICY_CODE, "NQ215");
        cells.put(HistoryColumn.FILED_ON, "05/03/2021");
        cells.put(HistoryColumn.DECISION_NUMBER, number == 5 ? "1/QĐ" : number + "/QĐ");
        cells.put(HistoryColumn.DECIDED_ON, "20/04/2021");
        cells.put(HistoryColumn.APPROVED_VND, "30.000.000");
        cells.put(HistoryColumn.PAID_VND, "25000000");
        cells.put(HistoryColumn.PAID_ON, "2021-06-01");
        if (number == 2) {
            cells.put(HistoryColumn.DECISION_NUMBER, "1/QĐ");
        }
        return new RawRow(number, cells);
    }

    private static RawRow with(RawRow row, Map<HistoryColumn, String> changes) {
        Map<HistoryColumn, String> cells = new EnumMap<>(row.cells());
        cells.putAll(changes);
        return new RawRow(row.row(), cells);
    }
}
