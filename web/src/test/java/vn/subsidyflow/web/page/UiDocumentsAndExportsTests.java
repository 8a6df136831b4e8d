package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.UiTestSupport;

/** The pages take uploads for what they are, serve only intact files that cannot act as pages, and export safe CSV. */
class UiDocumentsAndExportsTests extends UiTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRefuseAPageOrAnImageSentAsPdfThroughTheUploadForm() throws Exception {
        String me = newBusiness();
        long id = draft(me, "ISO_9001", 60_000_000L, List.of());
        byte[] page = "<html><body><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/my/dossiers/{id}/documents", id)
                        .file(new MockMultipartFile("file", "form.pdf", "application/pdf", page))
                        .param("kind", "APPLICATION_FORM").with(as(me)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chỉ nhận PDF")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/my/dossiers/{id}/documents", id)
                        .file(new MockMultipartFile("file", "form.pdf", "application/pdf", png))
                        .param("kind", "APPLICATION_FORM").with(as(me)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("không khớp")));
        assertThat(applications.documents(actor(me), id)).isEmpty();
    }

    @Test
    void shouldPreviewOnlyInASandboxAndRefuseToServeAChangedFile() throws Exception {
        String me = newBusiness();
        long id = draft(me, "ISO_9001", 60_000_000L, List.of(DocumentKind.INVOICE));
        long documentId = applications.documents(actor(me), id).get(0).id();
        mvc.perform(get("/dossiers/{id}/documents/{doc}", id, documentId).param("preview", "true").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
        mvc.perform(get("/dossiers/{id}/documents/{doc}", id, documentId).with(as(me)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", startsWith("attachment")));

        jdbc.update("UPDATE application_document SET content = ? WHERE id = ?",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), documentId);
        mvc.perform(get("/dossiers/{id}/documents/{doc}", id, documentId).param("preview", "true").with(as(me)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void shouldExportTheLedgerPageCsvWithFormulasNeutralised() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Api.Response topUp = scenario.as("finance").post("/api/v1/budget/lines/" + line + "/top-ups",
                Map.of("amountVnd", 7_000_000L, "reason", "=HYPERLINK(\"http://x\")", "documentRef", "@cmd"),
                Map.of("Idempotency-Key", "ui-csv-" + scenario.tag));
        assertThat(topUp.status()).as(topUp.toString()).isBetween(200, 201);
        mvc.perform(get("/finance/ledger.csv").param("line", String.valueOf(line)).with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(",7000000,")))
                .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://x\"\")\"")))
                .andExpect(content().string(containsString(",'@cmd")))
                .andExpect(content().string(not(containsString(",\"=HYPERLINK"))));
    }
}
