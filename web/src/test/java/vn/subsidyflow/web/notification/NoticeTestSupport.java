package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.notice.EmbeddedMailServer;
import vn.subsidyflow.web.support.MovableClock;
import vn.subsidyflow.web.support.TaxCodes;


/**
 * The one context the notice tests share: the real application over HTTP with a notice worker that
 * polls often and backs off briefly, the embedded SMTP server and the real papers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "subsidyflow.notices.worker-enabled=true", "subsidyflow.notices.poll-ms=200",
        "subsidyflow.notices.backoff-ms=400", "subsidyflow.notices.lease-ms=5000"})
@ActiveProfiles("demo")
@Import(MovableClock.Configuration.class)
abstract class NoticeTestSupport {

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMailServer mailServer;

    /** A business of its own, with a Vietnamese- and an English-reading user, and a dossier. */
    record Business(long organisationId, String vietnamese, String english, String vietnameseEmail, String englishEmail,
                    long applicationId) {
    }

    /**
     * A business and a dossier written straight into the tables, with no process. The status must be
     * one no money path picks up (refused, rejected, in appraisal): a WAITLISTED or APPROVED row
     * without a process would be resumed or carried over by other tests' budget movements in the
     * same database.
     */
    Business business(String status) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long organisation = insert("INSERT INTO organisation (tax_code, name, organisation_type, address, email, phone) "
                + "VALUES (?, ?, 'ENTERPRISE', 'Hà Tĩnh', ?, '0239')", TaxCodes.fresh(), "Công ty Thử " + tag, "office-" + tag + "@b.vn");
        String vi = "vi" + tag;
        String en = "en" + tag;
        user(vi, "Nguyễn Văn " + tag, vi + "@b.vn", organisation, "vi");
        user(en, "John " + tag, en + "@b.vn", organisation, "en");
        long policy = jdbc.queryForObject("SELECT id FROM policy_version WHERE code = 'NQ95-2022-EXAMPLE'", Long.class);
        long item = jdbc.queryForObject("SELECT id FROM support_item WHERE code = 'ISO_9001' AND policy_version_id = ?", Long.class, policy);
        long application = insert("INSERT INTO application (organisation_id, support_item_id, policy_version_id, support_item_code, category, "
                + "title, eligible_cost_vnd, max_support_vnd, approved_amount_vnd, paid_amount_vnd, status, fiscal_year, "
                + "decision_number, closing_reason, supplement_request, appointment_on, created_by) "
                + "VALUES (?, ?, ?, 'ISO_9001', 'MANAGEMENT_SYSTEM', 'ISO 9001 cho nhà máy', 120000000, 50000000, 15000000, 0, ?, ?, "
                + "'125/QĐ-SKHCN', 'Không thuộc đối tượng hỗ trợ', 'Hợp đồng tư vấn có chữ ký', ?, ?)",
                organisation, item, policy, status, LocalDate.now().getYear(), LocalDate.of(2026, 12, 3), vi);
        return new Business(organisation, vi, en, vi + "@b.vn", en + "@b.vn", application);
    }

    long insert(String sql, Object... args) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * A stored paper of the dossier, as the paper feature keeps it (a small PDF and its SHA-256), for a
     * test that publishes {@code PaperIssued} itself; its file is named {@code paper-<kind>-<n>.pdf}.
     */
    long paper(long applicationId, vn.subsidyflow.paper.PaperKind kind) throws Exception {
        int sequence = 900_000_000 + (int) Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_999_999L);
        byte[] pdf = ("%PDF-1.4 " + kind + " " + sequence).getBytes(StandardCharsets.US_ASCII);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        return insert("INSERT INTO paper (application_id, kind, year, sequence_no, number, issued_at, sha256, file_name, language, pdf) "
                + "VALUES (?, ?, 2026, ?, ?, UTC_TIMESTAMP(3), ?, ?, 'vi', ?)", applicationId, kind.name(), sequence,
                sequence + "/2026/TEST-" + kind, sha256, "paper-" + kind + "-" + sequence + ".pdf", pdf);
    }

    void user(String username, String name, String email, Long organisation, String language) {
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, email, organisation_id, language) "
                + "VALUES (?, 'x', ?, ?, ?, ?)", username, name, email, organisation, language);
    }

    List<MimeMessage> mailTo(String address) {
        return mailServer.receivedBy(address);
    }

    String messageId(long notice) {
        return jdbc.queryForObject("SELECT message_id FROM notice WHERE id = ?", String.class, notice);
    }

    String status(long notice) {
        return jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, notice);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
