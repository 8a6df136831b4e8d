package vn.subsidyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.database.MapperSlice;
import vn.subsidyflow.database.Rows;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.deadline.AppointmentMoved;
import vn.subsidyflow.print.PdfPrinter;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Papers issued in their change's transaction and printed after it, against the real schema: the
 * paper is a committed, numbered, readable fact whether or not its background print ever ran; two
 * first readers store one file and both serve it; a rolled-back change leaves neither paper, nor
 * file, nor a used number. Commits for real (papers cannot be deleted), in a year no other test
 * numbers papers in, so the register's numbers here are this class's alone.
 */
@SpringBootTest(classes = {MapperSlice.class, PaperPrintingIntegrationTests.Slice.class})
@RecordApplicationEvents
class PaperPrintingIntegrationTests {

    private static final int YEAR = 2088;
    private static final SamplePapers SAMPLE = new SamplePapers();

    @Configuration
    @Import({Papers.class, PaperIssuer.class, PaperPrintQueue.class, Transactions.class, PdfPrinter.class})
    static class Slice {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        GatedPrinter paperPrinter(PdfPrinter printer, PaperSettings settings) {
            return new GatedPrinter(printer, settings);
        }
    }

    /**
     * The real printer, which can be told to hold the next two prints until both have started (two
     * first readers at once), and which marks every rendering as its own: a reader that served its
     * own rendering instead of the stored file would be seen.
     */
    static class GatedPrinter extends PaperPrinter {

        private final AtomicInteger renderings = new AtomicInteger();
        private volatile CyclicBarrier gate;

        GatedPrinter(PdfPrinter printer, PaperSettings settings) {
            super(printer, settings);
        }

        @Override
        byte[] print(Map<String, Object> model) {
            byte[] pdf = super.print(model);
            CyclicBarrier waiting = gate;
            if (waiting != null) {
                try {
                    waiting.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            byte[] mark = ("\n% rendering " + renderings.incrementAndGet() + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] marked = Arrays.copyOf(pdf, pdf.length + mark.length);
            System.arraycopy(mark, 0, marked, pdf.length, mark.length);
            return marked;
        }
    }

    @Autowired
    Papers papers;
    @Autowired
    PaperMapper mapper;
    @Autowired
    Transactions transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Rows rows;
    @Autowired
    GatedPrinter printer;
    @Autowired
    ApplicationEvents published;

    @MockitoBean
    PaperContents contents;
    @MockitoBean
    Applications applications;

    long dossier;

    @BeforeEach
    void setUp() {
        dossier = rows.application(rows.organisation("Công ty Thạch Hà"), "SUBMITTED", null, null, null, 0);
        given(contents.apology(anyLong(), any(), any())).willAnswer(call -> apology(call.getArgument(0)));
    }

    @Test
    void aPaperIsNumberedWhenItsChangeCommitsAndItsFirstReaderPrintsIt() throws Exception {
        // Issued straight through the register: nothing is queued, so no background print can run.
        Paper issued = transactions.inTransaction(() -> papers.issue(apology(dossier)));

        assertThat(issued.number()).isEqualTo(issued.sequence() + "/" + YEAR + "/XLHS");
        assertThat(published.stream(PaperIssued.class)).contains(
                new PaperIssued(dossier, issued.id(), PaperKind.APOLOGY, issued.number()));
        assertThat(files(issued.id())).isZero();
        assertThat(mapper.findByApplication(dossier)).singleElement().satisfies(paper -> {
            assertThat(paper.number()).isEqualTo(issued.number());
            assertThat(paper.sha256()).isNull();
        });

        PaperFile file = papers.file(issued.id()).orElseThrow();

        assertThat(files(issued.id())).isOne();
        assertThat(file.fileName()).isEqualTo("XLHS-" + issued.sequence() + "-" + YEAR + ".pdf");
        assertThat(text(file.pdf())).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: " + issued.number(),
                "08/01/2027");
        assertThat(mapper.findById(issued.id())).map(Paper::sha256).contains(Papers.sha256(file.pdf()));
        // Every later read serves the stored file, not a new rendering.
        assertThat(papers.file(issued.id()).orElseThrow().pdf()).isEqualTo(file.pdf());
    }

    @Test
    void twoFirstReadersAtOnceStoreOneFileAndBothServeIt() throws Exception {
        Paper issued = transactions.inTransaction(() -> papers.issue(apology(dossier)));
        printer.gate = new CyclicBarrier(2);
        try {
            CompletableFuture<PaperFile> first = CompletableFuture.supplyAsync(() -> papers.file(issued.id()).orElseThrow());
            CompletableFuture<PaperFile> second = CompletableFuture.supplyAsync(() -> papers.file(issued.id()).orElseThrow());

            byte[] one = first.get(60, TimeUnit.SECONDS).pdf();
            byte[] other = second.get(60, TimeUnit.SECONDS).pdf();

            assertThat(one).isEqualTo(other);
            assertThat(files(issued.id())).isOne();
            assertThat(mapper.findFile(issued.id())).hasValueSatisfying(stored -> {
                assertThat(stored.pdf()).isEqualTo(one);
                assertThat(stored.sha256()).isEqualTo(Papers.sha256(one));
            });
        } finally {
            printer.gate = null;
        }
    }

    @Test
    void theBackgroundPrintReadsOnlyWhetherAFileIsStoredAndTheText() throws Exception {
        Paper issued = transactions.inTransaction(() -> papers.issue(apology(dossier)));
        List<String> statements;
        rows.jdbc().execute("SET GLOBAL general_log = 0");
        rows.jdbc().execute("SET GLOBAL log_output = 'TABLE'");
        rows.jdbc().execute("TRUNCATE TABLE mysql.general_log");
        rows.jdbc().execute("SET GLOBAL general_log = 1");
        try {
            papers.printIfMissing(issued.id());
        } finally {
            rows.jdbc().execute("SET GLOBAL general_log = 0");
            statements = rows.jdbc().queryForList("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE command_type IN ('Query', 'Execute')", String.class);
            rows.jdbc().execute("TRUNCATE TABLE mysql.general_log");
        }

        assertThat(files(issued.id())).isOne();
        // Nothing is served here: no read of the paper's row, no second look for its file, no read-back
        // of the file just stored (a print that loses the race still reads the winner's).
        Pattern thisPaper = Pattern.compile("(?is)^\\s*SELECT\\b.*\\bid = " + issued.id() + "\\b.*");
        assertThat(statements.stream().filter(s -> thisPaper.matcher(s).matches()).toList()).hasSize(2);
        // The file stored is the one every reader serves, and it passes its SHA-256 check.
        PaperFile file = papers.file(issued.id()).orElseThrow();
        assertThat(mapper.findById(issued.id())).map(Paper::sha256).contains(Papers.sha256(file.pdf()));
        assertThat(text(file.pdf())).contains("Số: " + issued.number());
    }

    @Test
    void aCommittedChangesPaperIsPrintedInTheBackgroundWithoutAReader() throws Exception {
        transactions.run(() -> events.publishEvent(new AppointmentMoved(dossier, LocalDate.of(YEAR, 12, 22),
                LocalDate.of(YEAR + 1, 1, 8), true)));
        long paperId = mapper.findByApplication(dossier).get(0).id();

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (files(paperId) == 0 && System.nanoTime() < end) {
            Thread.sleep(100);
        }

        assertThat(files(paperId)).isOne();
    }

    @Test
    void aRolledBackChangeLeavesNoPaperNoFileAndGivesItsNumberBack() throws Exception {
        int before = lastNumber();

        assertThatThrownBy(() -> transactions.run(() -> {
            events.publishEvent(new AppointmentMoved(dossier, LocalDate.of(YEAR, 12, 22), LocalDate.of(YEAR + 1, 1, 8), true));
            // The paper is issued just before commit: roll back there, after it was numbered.
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            throw new IllegalStateException("the change fails after its paper was issued");
                        }
                    });
        })).hasMessageContaining("the change fails after its paper was issued");
        Thread.sleep(500); // time enough for a background print, were one queued

        assertThat(mapper.findByApplication(dossier)).isEmpty();
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM paper_file f JOIN paper p ON p.id = f.paper_id "
                + "WHERE p.application_id = ?", Integer.class, dossier)).isZero();
        assertThat(lastNumber()).isEqualTo(before);
        Paper next = transactions.inTransaction(() -> papers.issue(apology(dossier)));
        assertThat(next.sequence()).isEqualTo(before + 1);
    }

    @Test
    void aStoredFileThatNoLongerHashesToItsSha256IsRefused() {
        Paper issued = transactions.inTransaction(() -> papers.issue(apology(dossier)));
        transactions.run(() -> mapper.insertFile(issued.id(), "00".repeat(32), "%PDF-1.7 altered".getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> papers.file(issued.id())).isInstanceOfSatisfying(DomainFailure.class,
                failure -> assertThat(failure.failureCode()).isEqualTo(FailureCode.DOCUMENT_CORRUPTED));
    }

    private static PaperText apology(long dossier) {
        PaperText sample = SAMPLE.text(PaperKind.APOLOGY);
        return new PaperText(sample.kind(), dossier, sample.template(), sample.model(), LocalDate.of(YEAR, 12, 5), null);
    }

    private int files(long paperId) {
        return rows.jdbc().queryForObject("SELECT COUNT(*) FROM paper_file WHERE paper_id = ?", Integer.class, paperId);
    }

    private int lastNumber() {
        List<Integer> last = rows.jdbc().queryForList("SELECT last_number FROM paper_counter WHERE kind = 'APOLOGY' AND year = ?",
                Integer.class, YEAR);
        return last.isEmpty() ? 0 : last.get(0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
