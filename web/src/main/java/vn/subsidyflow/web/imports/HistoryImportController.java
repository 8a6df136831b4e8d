package vn.subsidyflow.web.imports;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.subsidyflow.imports.HistoryImport;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.imports.ImportErrorCode;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * The Department's history, imported from a file (CSV or XLSX) by an administrator: all or nothing,
 * {@code 201} with what it brought, {@code 422 IMPORT_REFUSED} with every error, or {@code 200} with
 * the earlier import when the same file was imported before.
 */
@RestController
@RequestMapping("/api/v1/imports/history")
class HistoryImportController {

    private final HistoryImports imports;

    HistoryImportController(HistoryImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<HistoryImport> importHistory(Actor actor, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        requireAdministrator(actor);
        HistoryImports.Outcome outcome = imports.importFile(actor, fileName(file), size(file), content(file));
        HistoryImport done = outcome.historyImport();
        if (outcome.earlier()) {
            return ResponseEntity.ok(done);
        }
        return ResponseEntity.created(URI.create("/api/v1/imports/history/" + done.id())).body(done);
    }

    @GetMapping("/{id}")
    HistoryImport historyImport(Actor actor, @PathVariable long id) {
        requireAdministrator(actor);
        return imports.find(id);
    }

    static String fileName(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /**
     * The file's bytes, read when the import may start (the upload is kept on disk until then); no
     * file, or an empty one, is a refused file like any other, with its error.
     */
    static HistoryImports.Content content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainFailure(FailureCode.IMPORT_REFUSED, "Choose a history file (CSV or XLSX)",
                    Map.of("errors", List.of(Map.of("code", ImportErrorCode.EMPTY_FILE.name(),
                            "message", "No file, or an empty one, was sent"))));
        }
        return file::getBytes;
    }

    static long size(MultipartFile file) {
        return file == null ? 0 : file.getSize();
    }

    // History decides money over several years: only an administrator loads it.
    static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator imports history");
        }
    }
}
