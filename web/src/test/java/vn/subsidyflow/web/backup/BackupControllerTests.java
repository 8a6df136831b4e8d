package vn.subsidyflow.web.backup;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.backup.DatabaseBackups;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** Backups at the edge: signed in only; the engine decides who (ADMIN), and the answer hides the server's path. */
@WebMvcTest(BackupController.class)
@Import(ApiSlice.class)
class BackupControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DatabaseBackups backups;

    @Test
    void anonymousCallersAreNotLetIn() throws Exception {
        mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(backups);
    }

    @Test
    void anAdministratorGetsTheBackupsNameSizeAndChecksumButNotItsPath() throws Exception {
        given(backups.take(argThat(actor -> actor != null && actor.username().equals("admin")))).willReturn(new DatabaseBackups.Backup(
                "subsidyflow-20260302.sql.gz", Path.of("/srv/secret/subsidyflow-20260302.sql.gz"), 1234, "ab".repeat(32),
                Instant.parse("2026-03-02T03:00:00Z"), 850));
        mvc.perform(post("/api/v1/admin/backups").with(as("admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.file").value("subsidyflow-20260302.sql.gz"))
                .andExpect(jsonPath("$.bytes").value(1234))
                .andExpect(jsonPath("$.path").doesNotExist());
    }

    @Test
    void theEnginesRefusalsKeepTheirStatus() throws Exception {
        given(backups.take(argThat(actor -> actor != null && actor.username().equals("auditor")))).willThrow(
                new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator takes backups"));
        mvc.perform(post("/api/v1/admin/backups").with(as("auditor")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        given(backups.take(argThat(actor -> actor != null && actor.username().equals("admin")))).willThrow(
                new DomainFailure(FailureCode.BACKUP_IN_PROGRESS, "one at a time"));
        mvc.perform(post("/api/v1/admin/backups").with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BACKUP_IN_PROGRESS"));
    }
}
