package vn.subsidyflow.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/**
 * How long an import of 100 000 rows takes through {@link HistoryImports}, as CSV and as XLSX, on the
 * real database: prints the seconds (generating the file and the import apart), asserts only that
 * every row became a dossier, as timings depend on the machine. Not named *Tests, so the suite does
 * not run it: run it by name, e.g.
 * {@code ./mvnw -B -q -pl web -am test -Dtest=HistoryImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@ActiveProfiles("demo")
class HistoryImportBenchmark {

    private static final int ROWS = 100_000;
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null);

    @Autowired
    HistoryImports imports;
    @Autowired
    JdbcTemplate jdbc;

    private String policy;

    @BeforeEach
    void ownPolicyVersion() {
        policy = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO policy_version (code, title, citation, effective_from, effective_to, status, total_vnd, example)"
                + " VALUES (?, 'Chính sách cũ (đo)', 'NQ thử', '2011-01-01', '2019-12-31', 'CLOSED', 1000000000000000, TRUE)", policy);
        long version = jdbc.queryForObject("SELECT id FROM policy_version WHERE code = ?", Long.class, policy);
        for (String[] item : new String[][] {{"ISO_9001", "MANAGEMENT_SYSTEM"}, {"PATENT", "INTELLECTUAL_PROPERTY"}}) {
            jdbc.update("INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit,"
                    + " frequency_limit, required_documents, completion_documents, legal_citation, example)"
                    + " VALUES (?, ?, ?, ?, ?, 50, 50000000, 'PER_APPLICATION', 0, 'APPLICATION_FORM', 'CERTIFICATE', 'NQ thử', TRUE)",
                    version, item[0], item[1], item[0], item[0]);
        }
    }

    @Test
    void csv() {
        measure("CSV", rows -> HistoryFiles.csv(rows, "Benchmark"), "history-100000.csv");
    }

    @Test
    void xlsx() {
        measure("XLSX", HistoryFiles::xlsx, "history-100000.xlsx");
    }

    private void measure(String kind, java.util.function.Function<List<HistoryFiles.Row>, byte[]> writer, String fileName) {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long taxBase = 10_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 80_000_000L);
        long started = System.nanoTime();
        List<HistoryFiles.Row> rows = HistoryFiles.generate(ROWS, ROWS, ROWS / 4, taxBase, prefix, policy,
                List.of("ISO_9001", "PATENT"), 2011, 2019);
        byte[] file = writer.apply(rows);
        double written = seconds(started);

        started = System.nanoTime();
        HistoryImports.Outcome outcome = imports.importFile(ADMIN, fileName, file);
        double imported = seconds(started);

        System.out.printf("BENCHMARK history import %s: %d rows, %d bytes; file written in %.1f s, imported in %.1f s%n",
                kind, ROWS, file.length, written, imported);
        assertThat(outcome.earlier()).isFalse();
        assertThat(outcome.historyImport().dossiers()).isEqualTo(ROWS);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
