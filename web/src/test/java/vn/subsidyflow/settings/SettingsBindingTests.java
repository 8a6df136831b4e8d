package vn.subsidyflow.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import vn.subsidyflow.application.DocumentSettings;
import vn.subsidyflow.backup.BackupSettings;
import vn.subsidyflow.budget.ReconciliationSettings;
import vn.subsidyflow.database.DatabaseSettings;
import vn.subsidyflow.database.EmbeddedDatabaseSettings;
import vn.subsidyflow.disbursement.PaymentSettings;
import vn.subsidyflow.web.security.SessionSettings;
import vn.subsidyflow.web.security.SignInThrottleSettings;

/**
 * The settings records bound as the application binds them (a binding slice: no database, no web):
 * the defaults are the documented ones, and a bad value stops the start naming the property.
 */
class SettingsBindingTests {

    @EnableConfigurationProperties({DatabaseSettings.class, EmbeddedDatabaseSettings.class, PaymentSettings.class,
            ReconciliationSettings.class, DocumentSettings.class, BackupSettings.class, SessionSettings.class,
            SignInThrottleSettings.class})
    static class AllSettings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @Test
    void shouldBindTheDocumentedDefaults() {
        // Only the defaults: the build passes subsidyflow.embedded.dir to tests as a system property.
        runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DatabaseSettings.class)).isEqualTo(new DatabaseSettings("", "root", "", 20));
            assertThat(context.getBean(EmbeddedDatabaseSettings.class)).isEqualTo(new EmbeddedDatabaseSettings("data", "subsidyflow"));
            assertThat(context.getBean(PaymentSettings.class)).isEqualTo(new PaymentSettings(true, 2000, 100, 0));
            assertThat(context.getBean(ReconciliationSettings.class)).isEqualTo(new ReconciliationSettings(15_000, 60_000));
            assertThat(context.getBean(DocumentSettings.class)).isEqualTo(new DocumentSettings(50, 104_857_600));
            assertThat(context.getBean(BackupSettings.class)).isEqualTo(new BackupSettings(null));
            assertThat(context.getBean(SessionSettings.class)).isEqualTo(new SessionSettings(30));
            assertThat(context.getBean(SignInThrottleSettings.class).accountFailures()).isEqualTo(5);
        });
    }

    @Test
    void shouldStopTheStartNamingEachPropertyWithABadValue() {
        Map<String, String> bad = Map.of(
                "subsidyflow.db.pool-size", "0",
                "subsidyflow.embedded.dir", " ",
                "subsidyflow.payments.chunk-size", "0",
                "subsidyflow.payments.poll-ms", "0",
                "subsidyflow.payments.pause-ms", "-1",
                "subsidyflow.reconciliation.interval-ms", "0",
                "subsidyflow.documents.max-per-dossier", "0",
                "subsidyflow.documents.max-bytes-per-dossier", "-5",
                "subsidyflow.ui.session-timeout-minutes", "0",
                "subsidyflow.sign-in.window", "0s");
        bad.forEach((property, value) -> runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).as(property + "=" + value).hasFailed();
            assertThat(messages(context.getStartupFailure())).as(property).contains(property);
        }));
    }

    @Test
    void shouldStopTheStartOnAValueOfTheWrongType() {
        runner.withPropertyValues("subsidyflow.payments.chunk-size=many").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("subsidyflow.payments.chunk-size");
        });
    }

    @Test
    void shouldNeverShowTheDatabasePasswordInTheSettingsText() {
        String shown = new DatabaseSettings("jdbc:mysql://db/s?user=u&password=secret1&x=1", "u", "secret2", 5).toString();
        assertThat(shown).doesNotContain("secret1").doesNotContain("secret2").contains("user=u&password=***&x=1");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
