package vn.subsidyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class PaperMapperTests extends MapperTestSupport {

    private static final Instant ISSUED = Instant.parse("2026-12-05T02:30:00.123Z");
    private static final String TEXT = "{\"number\":\"7/2091/TNHS\",\"template\":\"receipt\"}";

    @Autowired
    PaperMapper papers;
    @Autowired
    Rows rows;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eachKindCountsOnItsOwnPerYear() {
        papers.takeNumber(PaperKind.REFUSAL, 2091);
        int first = papers.takenNumber();
        papers.takeNumber(PaperKind.REFUSAL, 2091);
        int second = papers.takenNumber();
        papers.takeNumber(PaperKind.APOLOGY, 2091);
        int otherKind = papers.takenNumber();

        assertThat(second).isEqualTo(first + 1);
        assertThat(otherKind).isLessThanOrEqualTo(first);
    }

    @Test
    void aPaperIsStoredWithItsBytesAndListedWithoutThem() {
        long application = rows.application(rows.organisation("Công ty Hồng Lĩnh"), "SUBMITTED", null, null, null, 0);
        byte[] pdf = "%PDF-1.7 giấy tiếp nhận".getBytes(StandardCharsets.UTF_8);
        Paper receipt = paper(application, PaperKind.RECEIPT, 7, "7/2091/TNHS", "TNHS-7-2091.pdf");
        GeneratedId key = new GeneratedId();

        papers.insert(receipt, TEXT, key);
        papers.insertFile(key.get(), receipt.sha256(), pdf);

        assertThat(key.get()).isPositive();
        assertThat(papers.findByApplication(application)).containsExactly(receipt.withId(key.get()));
        assertThat(papers.findById(key.get())).contains(receipt.withId(key.get()));
        assertThat(papers.findById(-1)).isEmpty();
        assertThat(papers.findFile(key.get())).map(StoredFile::pdf).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(papers.findFile(-1)).isEmpty();
    }

    @Test
    void anIssuedPaperCannotBeChangedOrRemoved() {
        long application = rows.application(rows.organisation("Công ty Kỳ Anh"), "SUBMITTED", null, null, null, 0);
        GeneratedId key = new GeneratedId();
        papers.insert(paper(application, PaperKind.RECEIPT, 8, "8/2091/TNHS", "TNHS-8-2091.pdf"), TEXT, key);

        assertThatThrownBy(() -> rows.jdbc().update("UPDATE paper SET number = 'x' WHERE id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper is immutable");
        assertThatThrownBy(() -> rows.jdbc().update("DELETE FROM paper WHERE id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper is immutable");
    }

    @Test
    void aNumberIsGivenOnceExceptADecisionNumberSharedByACollectiveDecision() {
        long application = rows.application(rows.organisation("Công ty Nghi Xuân"), "APPROVED", 2091, null, 1L, 0);
        papers.insert(paper(application, PaperKind.RECEIPT, 9, "9/2091/TNHS", "a.pdf"), TEXT, new GeneratedId());
        assertThatThrownBy(() -> papers.insert(paper(application, PaperKind.RECEIPT, 10, "9/2091/TNHS", "b.pdf"),
                TEXT, new GeneratedId())).isInstanceOf(DuplicateKeyException.class);

        papers.insert(paper(application, PaperKind.DECISION, 1, "125/QĐ-SKHCN", "c.pdf"), TEXT, new GeneratedId());
        papers.insert(paper(application, PaperKind.DECISION, 2, "125/QĐ-SKHCN", "d.pdf"), TEXT, new GeneratedId());
        assertThat(papers.findByApplication(application)).extracting(Paper::number)
                .containsExactly("9/2091/TNHS", "125/QĐ-SKHCN", "125/QĐ-SKHCN");
    }

    @Test
    void aPaperIsIssuedWithItsTextAndNoFileThenTheFirstPrintStoredIsTheOneKept() {
        long application = rows.application(rows.organisation("Công ty Cẩm Xuyên"), "SUBMITTED", null, null, null, 0);
        GeneratedId key = new GeneratedId();
        Paper receipt = new Paper(null, application, PaperKind.RECEIPT, 2091, 11, "11/2091/TNHS", ISSUED, null, "a.pdf", "vi");
        papers.insert(receipt, TEXT, key);

        assertThat(papers.findContent(key.get())).contains(TEXT);
        assertThat(papers.findFile(key.get())).isEmpty();
        assertThat(papers.findFileLatest(key.get())).isEmpty();
        assertThat(papers.findById(key.get())).contains(receipt.withId(key.get()));

        assertThat(papers.insertFile(key.get(), "01".repeat(32), new byte[] {1})).isEqualTo(1);
        assertThat(papers.insertFile(key.get(), "02".repeat(32), new byte[] {2})).isZero();

        assertThat(papers.findFileLatest(key.get())).hasValueSatisfying(file -> {
            assertThat(file.sha256()).isEqualTo("01".repeat(32));
            assertThat(file.pdf()).containsExactly(1);
        });
        assertThat(papers.findById(key.get())).map(Paper::sha256).contains("01".repeat(32));
        assertThatThrownBy(() -> rows.jdbc().update("UPDATE paper_file SET pdf = 'x' WHERE paper_id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper_file is immutable");
        assertThatThrownBy(() -> rows.jdbc().update("DELETE FROM paper_file WHERE paper_id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper_file is immutable");
    }

    @Test
    void aPaperIssuedBeforeTextsWereKeptIsReadFromItsOwnRow() {
        long application = rows.application(rows.organisation("Công ty Đức Thọ"), "SUBMITTED", null, null, null, 0);
        rows.jdbc().update("INSERT INTO paper (application_id, kind, year, sequence_no, number, issued_at, sha256, file_name, language, pdf) "
                + "VALUES (?, 'RECEIPT', 2091, 12, '12/2091/TNHS', UTC_TIMESTAMP(3), ?, 'b.pdf', 'vi', ?)", application,
                "cd".repeat(32), new byte[] {3});
        long id = papers.findByApplication(application).get(0).id();

        assertThat(papers.findById(id)).map(Paper::sha256).contains("cd".repeat(32));
        assertThat(papers.findContent(id)).isEmpty();
        assertThat(papers.findFile(id)).hasValueSatisfying(file -> assertThat(file.pdf()).containsExactly(3));
        // A paper with neither its PDF nor a text to print it from could never be read.
        assertThatThrownBy(() -> rows.jdbc().update("INSERT INTO paper (application_id, kind, year, sequence_no, number, "
                + "issued_at, file_name, language) VALUES (?, 'RECEIPT', 2091, 13, '13/2091/TNHS', UTC_TIMESTAMP(3), 'c.pdf', 'vi')",
                application)).isInstanceOf(DataAccessException.class);
    }

    /**
     * Two issuing transactions at once: the second waits on the counter row until the first commits,
     * then reads its number and takes the next. Committed for real (not rolled back), so the counter of
     * a year no test otherwise uses is reset around it.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoIssuesAtOnceTakeOneAndTwoNeverTheSame() throws Exception {
        String reset = "DELETE FROM paper_counter WHERE kind = 'APOLOGY' AND year = 2090";
        rows.jdbc().update(reset);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            CountDownLatch firstTook = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
                papers.takeNumber(PaperKind.APOLOGY, 2090);
                int number = papers.takenNumber();
                firstTook.countDown();
                await(secondStarted);
                pause(); // the second is now waiting on the row lock, not past it
                return number;
            }));
            await(firstTook);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
                secondStarted.countDown();
                papers.takeNumber(PaperKind.APOLOGY, 2090);
                return papers.takenNumber();
            }));

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            rows.jdbc().update(reset);
        }
    }

    private static Paper paper(long application, PaperKind kind, int sequence, String number, String fileName) {
        return new Paper(null, application, kind, 2091, sequence, number, ISSUED, "ab".repeat(32), fileName, "vi");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
