package vn.subsidyflow.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a backup signs in, read from the application's JDBC URL. */
class ServerToolsUnitTests {

    @Test
    void shouldTakeTheAccountFromTheUrlWhenItNamesOne() {
        ServerTools.Target target = ServerTools.Target.of("jdbc:mysql://127.0.0.1:41501/subsidyflow?useSSL=false"
                + "&user=subsidyflow&password=Abc123", "root", "");
        assertThat(target).isEqualTo(new ServerTools.Target("127.0.0.1", 41501, "subsidyflow", "subsidyflow", "Abc123"));
        assertThat(target.toString()).doesNotContain("Abc123");
    }

    @Test
    void shouldTakeTheGivenAccountAndDefaultPortOtherwise() {
        assertThat(ServerTools.Target.of("jdbc:mysql://db.example/subsidyflow?nullCatalogMeansCurrent=true", "app", "secret"))
                .isEqualTo(new ServerTools.Target("db.example", 3306, "subsidyflow", "app", "secret"));
    }
}
