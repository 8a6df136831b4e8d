package vn.subsidyflow.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExampleHistoryUnitTests {

    @Test
    void theExampleReadsTheReportsFiguresAndIsWhatTheGeneratorWrites() throws IOException {
        var rows = ExampleHistory.rows();

        assertThat(rows.stream().map(HistoryFiles.Row::taxCode).distinct()).hasSize(198);
        assertThat(rows.stream().mapToLong(HistoryFiles.Row::paidVnd).sum()).isEqualTo(14_161_000_000L);
        assertThat(rows).allSatisfy(row -> assertThat(row.paidVnd()).isEqualTo(row.approvedVnd()));
        assertThat(rows.stream().map(row -> row.decidedOn().getYear()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2021, 2022, 2023, 2024, 2025);
        assertThat(rows).allSatisfy(row -> assertThat(row.policyCode())
                .isEqualTo(row.decidedOn().getYear() <= 2022 ? "NQ215-2020-EXAMPLE" : "NQ95-2022-EXAMPLE"));
        // One fiscal year and category per business: the report's rows add up to the 198.
        assertThat(rows.stream().collect(Collectors.groupingBy(HistoryFiles.Row::taxCode,
                Collectors.mapping(row -> row.decidedOn().getYear() + ":" + category(row.supportItemCode()), Collectors.toSet()))))
                .allSatisfy((taxCode, buckets) -> assertThat(buckets).hasSize(1));

        Path committed = Path.of("..", ExampleHistory.FILE);
        assertThat(Files.readAllBytes(committed)).as("run ExampleHistory.main to write " + ExampleHistory.FILE + " again")
                .isEqualTo(ExampleHistory.csv());
    }

    private static String category(String item) {
        return item.contains("CONFORMITY") ? "CC" : item.startsWith("ISO") || item.equals("VIETGAP") || item.startsWith("LEAN")
                ? "MS" : "IP";
    }
}
