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

        papers.insert(receipt, pdf, key);

        assertThat(key.get()).isPositive();
        assertThat(papers.findByApplication(application)).containsExactly(receipt.withId(key.get()));
        assertThat(papers.findById(key.get())).contains(receipt.withId(key.get()));
        assertThat(papers.findById(-1)).isEmpty();
        assertThat(papers.findPdf(key.get())).singleElement().isEqualTo(pdf);
        assertThat(papers.findPdf(-1)).isEmpty();
    }

    @Test
    void anIssuedPaperCannotBeChangedOrRemoved() {
        long application = rows.application(rows.organisation("Công ty Kỳ Anh"), "SUBMITTED", null, null, null, 0);
        GeneratedId key = new GeneratedId();
        papers.insert(paper(application, PaperKind.RECEIPT, 8, "8/2091/TNHS", "TNHS-8-2091.pdf"), new byte[] {1}, key);

        assertThatThrownBy(() -> rows.jdbc().update("UPDATE paper SET number = 'x' WHERE id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper is immutable");
        assertThatThrownBy(() -> rows.jdbc().update("DELETE FROM paper WHERE id = ?", key.get()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("paper is immutable");
    }

    @Test
    void aNumberIsGivenOnceExceptADecisionNumberSharedByACollectiveDecision() {
        long application = rows.application(rows.organisation("Công ty Nghi Xuân"), "APPROVED", 2091, null, 1L, 0);
        papers.insert(paper(application, PaperKind.RECEIPT, 9, "9/2091/TNHS", "a.pdf"), new byte[] {1}, new GeneratedId());
        assertThatThrownBy(() -> papers.insert(paper(application, PaperKind.RECEIPT, 10, "9/2091/TNHS", "b.pdf"),
                new byte[] {1}, new GeneratedId())).isInstanceOf(DuplicateKeyException.class);

        papers.insert(paper(application, PaperKind.DECISION, 1, "125/QĐ-SKHCN", "c.pdf"), new byte[] {1}, new GeneratedId());
        papers.insert(paper(application, PaperKind.DECISION, 2, "125/QĐ-SKHCN", "d.pdf"), new byte[] {1}, new GeneratedId());
        assertThat(papers.findByApplication(application)).extracting(Paper::number)
                .containsExactly("9/2091/TNHS", "125/QĐ-SKHCN", "125/QĐ-SKHCN");
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
