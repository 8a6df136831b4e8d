package vn.subsidyflow.web.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.Role;

/**
 * The demo start loads the synthetic example history ({@code docs/examples/history-2021-2025.csv},
 * 408 dossiers, under a second), so the period report over 2020–2025 has something to show. Once:
 * the same file again answers the earlier import. A file that is not there (a start from another
 * directory, the tests) is skipped, saying so.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoHistorySettings.class)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final HistoryImports imports;
    private final DemoHistorySettings settings;

    DemoHistory(HistoryImports imports, DemoHistorySettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (settings.historyFile().isBlank()) {
            return;
        }
        Path file = Path.of(settings.historyFile());
        if (!Files.isRegularFile(file)) {
            log.info("Demo history not loaded: no file {} (subsidyflow.demo.history-file)", file.toAbsolutePath());
            return;
        }
        Actor admin = new Actor("admin", Set.of(Role.ADMIN), null, null);
        try {
            HistoryImports.Outcome outcome = imports.importFile(admin, file.getFileName().toString(), Files.readAllBytes(file));
            log.info("Demo history {}: import {}, {} dossiers", outcome.earlier() ? "already loaded" : "loaded",
                    outcome.historyImport().id(), outcome.historyImport().dossiers());
        } catch (DomainFailure refused) {
            log.warn("Demo history {} not loaded: {} {}", file, refused.getMessage(), refused.details());
        }
    }
}
