package vn.subsidyflow.web.imports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.imports.HistoryImport;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.shared.Role;

class DemoHistoryUnitTests {

    @Test
    void theDemoStartImportsTheExampleFileAsAnAdministratorAndSkipsAMissingOne() throws Exception {
        HistoryImports imports = mock(HistoryImports.class);
        Path example = Path.of("..", ExampleHistory.FILE);
        byte[] bytes = Files.readAllBytes(example);
        when(imports.importFile(any(), any(), any())).thenReturn(new HistoryImports.Outcome(
                new HistoryImport(1, "history-2021-2025.csv", bytes.length, "0".repeat(64), "admin", Instant.now(), 408, 408, 198,
                        198, 14_161_000_000L, 14_161_000_000L), false));

        new DemoHistory(imports, new DemoHistorySettings(example.toString())).run(null);

        verify(imports).importFile(argThat(actor -> actor.has(Role.ADMIN)), eq("history-2021-2025.csv"),
                argThat(sent -> Arrays.equals(sent, bytes)));

        HistoryImports untouched = mock(HistoryImports.class);
        new DemoHistory(untouched, new DemoHistorySettings("no/such/file.csv")).run(null);
        new DemoHistory(untouched, new DemoHistorySettings("")).run(null);
        verifyNoInteractions(untouched);
    }
}
