package vn.subsidyflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class NoticeMapperTests extends MapperTestSupport {

    @Autowired
    NoticeMapper notices;
    @Autowired
    Rows rows;

    private String applicant;
    private String englishApplicant;
    private String approver;
    private long organisation;

    @BeforeEach
    void accounts() {
        organisation = rows.organisation("Công ty Cẩm Xuyên");
        applicant = user(organisation, null, "vi");
        englishApplicant = user(organisation, "owner@camxuyen.vn", "en");
        approver = user(null, "approver@so.vn", "vi");
        rows.jdbc().update("INSERT INTO user_role (user_id, role) SELECT id, 'APPROVER' FROM app_user WHERE username = ?", approver);
    }

    @Test
    void aNoticeIsWrittenPendingAndListedNewestFirstForItsRecipientAlone() {
        long first = insert(applicant, "a@b.vn");
        long second = insert(applicant, "a@b.vn");
        insert(englishApplicant, "owner@camxuyen.vn");

        Notice found = notices.find(first).orElseThrow();
        assertThat(found.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(found.kind()).isEqualTo(NoticeKind.DECISION);
        assertThat(found.subject()).isEqualTo("Quyết định hỗ trợ");
        assertThat(found.attempts()).isZero();
        assertThat(found.nextAttemptAt()).isNotNull();
        assertThat(found.readAt()).isNull();
        assertThat(notices.find(-1)).isEmpty();
        assertThat(notices.findByRecipient(applicant, 0, 10)).extracting(Notice::id).containsExactly(second, first);
        assertThat(notices.findByRecipient(applicant, 1, 10)).extracting(Notice::id).containsExactly(first);
        assertThat(notices.countByRecipient(applicant)).isEqualTo(2);
        assertThat(notices.countUnread(applicant)).isEqualTo(2);

        assertThat(notices.markRead(first, englishApplicant)).as("another user's notice").isZero();
        assertThat(notices.markRead(first, applicant)).isEqualTo(1);
        assertThat(notices.countUnread(applicant)).isEqualTo(1);
        assertThat(notices.find(first).orElseThrow().readAt()).isNotNull();
    }

    @Test
    void aDueNoticeIsClaimedOnceThenSentOrRetriedOrFailedAndResent() {
        long id = insert(applicant, "a@b.vn");
        assertThat(notices.redact(id, "x", "x")).as("only a sent notice").isZero();
        List<Long> due = notices.lockDue(100_000);
        assertThat(due).contains(id);
        assertThat(notices.claim(List.of(id), 60_000)).isEqualTo(1);
        Notice claimed = notices.find(id).orElseThrow();
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.claimedUntil()).isAfter(claimed.nextAttemptAt());
        assertThat(notices.lockDue(100_000)).as("held by the lease").doesNotContain(id);

        assertThat(notices.markRetry(id, "Connection refused", 60_000)).isEqualTo(1);
        Notice retried = notices.find(id).orElseThrow();
        assertThat(retried.claimedUntil()).isNull();
        assertThat(retried.lastError()).isEqualTo("Connection refused");
        assertThat(notices.lockDue(100_000)).as("waits out its back-off").doesNotContain(id);

        assertThat(notices.markFailed(id, "Mailbox unavailable")).isEqualTo(1);
        assertThat(notices.markSent(id)).as("a failed notice is not sent").isZero();
        assertThat(notices.countByStatus(NoticeStatus.FAILED)).isPositive();
        assertThat(notices.findByStatus(NoticeStatus.FAILED, 0, 500)).extracting(Notice::id).contains(id);

        assertThat(notices.resend(id, "new@b.vn")).isEqualTo(1);
        assertThat(notices.resend(id, "new@b.vn")).as("only a failed notice").isZero();
        Notice again = notices.find(id).orElseThrow();
        assertThat(again.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.email()).isEqualTo("new@b.vn");
        assertThat(notices.lockDue(100_000)).contains(id);

        assertThat(notices.markSent(id)).isEqualTo(1);
        Notice sent = notices.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(notices.markSent(id)).isZero();
        assertThat(notices.markRetry(id, "late", 0)).isZero();
        assertThat(notices.redact(id, "gone", "<p>gone</p>")).isEqualTo(1);
        assertThat(notices.find(id).orElseThrow().textBody()).isEqualTo("gone");
    }

    @Test
    void recipientsAreTheOrganisationsActiveUsersOrTheStaffOfARoleWithTheirAddressAndLanguage() {
        String disabled = user(organisation, "gone@b.vn", "vi");
        rows.jdbc().update("UPDATE app_user SET enabled = FALSE WHERE username = ?", disabled);

        assertThat(notices.organisationUsers(organisation)).extracting(Recipient::username)
                .containsExactlyInAnyOrder(applicant, englishApplicant);
        Recipient withoutOwnAddress = notices.account(applicant).orElseThrow();
        assertThat(withoutOwnAddress.email()).as("the organisation's address").isEqualTo("a@b.vn");
        assertThat(withoutOwnAddress.language()).isEqualTo("vi");
        assertThat(notices.account(englishApplicant).orElseThrow().locale().getLanguage()).isEqualTo("en");
        assertThat(notices.account("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(notices.staffWithRoles(List.of("APPROVER", "ADMIN"))).extracting(Recipient::username).contains(approver)
                .doesNotContain(applicant);

        assertThat(notices.setLanguage(applicant, "en")).isEqualTo(1);
        assertThat(notices.account(applicant).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void aDaysDigestIsClaimedOnce() {
        LocalDate day = LocalDate.of(2099, 1, 2).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
        assertThat(notices.claimDigestDay(day)).isEqualTo(1);
        assertThat(notices.claimDigestDay(day)).isZero();
    }

    private long insert(String recipient, String email) {
        GeneratedId key = new GeneratedId();
        notices.insert(new NoticeMapper.Draft("<" + UUID.randomUUID() + "@test>", NoticeKind.DECISION, recipient, email,
                "vi", null, null, "Quyết định hỗ trợ", "text", "<p>html</p>"), key);
        return key.get();
    }

    private String user(Long organisationId, String email, String language) {
        String username = "n" + UUID.randomUUID().toString().substring(0, 12);
        rows.insert("INSERT INTO app_user (username, password_hash, display_name, email, organisation_id, language) "
                + "VALUES (?, 'x', ?, ?, ?, ?)", username, "Người " + username, email, organisationId, language);
        return username;
    }
}
