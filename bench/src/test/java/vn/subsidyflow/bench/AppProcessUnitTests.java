package vn.subsidyflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench starts the application as README documents it, so that it measures what operators run. */
class AppProcessUnitTests {

    @Test
    void shouldGiveTheApplicationTheDocumentedEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin"));

        AppProcess.environment(environment);

        assertThat(environment).containsEntry("MALLOC_ARENA_MAX", "2").containsEntry("PATH", "/usr/bin");
    }

    @Test
    void shouldKeepWhatTheBenchsOwnEnvironmentSays() {
        Map<String, String> environment = new HashMap<>(Map.of("MALLOC_ARENA_MAX", "4"));

        AppProcess.environment(environment);

        assertThat(environment).containsEntry("MALLOC_ARENA_MAX", "4");
    }

    @Test
    void shouldStartAsReadmesEveryStartLineSays() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String everyStart = readme.lines().dropWhile(line -> !line.equals("# every start")).skip(1).findFirst().orElseThrow();
        String jvmArgs = BenchConfig.fromSystemProperties().appJvmArgs();

        AppProcess.DOCUMENTED_ENVIRONMENT.forEach((name, value) -> assertThat(everyStart).startsWith(name + "=" + value + " "));
        assertThat(everyStart).contains("java " + jvmArgs + " ");
    }
}
