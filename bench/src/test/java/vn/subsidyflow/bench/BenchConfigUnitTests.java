package vn.subsidyflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchConfigUnitTests {

    @Test
    void shouldReadTheHistoryLevelUnderFlowableOnly() {
        String yaml = """
                spring:
                  history-level: none
                flowable:
                  # a comment
                  database-schema-update: true
                  history-level: instance
                management:
                  history-level: full
                """;

        assertThat(BenchConfig.historyLevel(yaml)).contains("instance");
        assertThat(BenchConfig.historyLevel("flowable:\n  idm:\n    enabled: false\n")).isEmpty();
    }

    @Test
    void shouldFindALevelInTheApplicationsOwnSettings() throws Exception {
        Path yml = Path.of("../web/src/main/resources/application.yml");

        assertThat(BenchConfig.historyLevel(Files.readString(yml))).hasValueSatisfying(level ->
                assertThat(level).isIn("none", "activity", "audit", "full", "instance", "task"));
    }
}
