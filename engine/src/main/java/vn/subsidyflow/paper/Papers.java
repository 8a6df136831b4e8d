package vn.subsidyflow.paper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The register of official papers: issues a paper (numbered, its text kept, announced as
 * {@link PaperIssued}) in the transaction of the change that calls for it, and reads papers back — to
 * whoever may see the dossier, or to the notices that attach them.
 *
 * <p>What makes a paper a legal fact is decided in the change's transaction: its number, kind, dates,
 * language and the complete text it shows, exactly as the change leaves the dossier. Its PDF is only
 * that text printed, which takes tens of milliseconds of CPU; printed in the transaction, it kept the
 * counter row of its kind locked for every other change of the cluster meanwhile. So the PDF is
 * printed after the commit, by the {@link PaperPrintQueue} or by the paper's first reader, whichever
 * comes first; exactly one print is stored, and every reader serves the stored file. A stored paper
 * is served only while its bytes still hash to the SHA-256 recorded with them.
 */
@Service
@EnableConfigurationProperties(PaperSettings.class)
public class Papers implements PaperFiles {

    private static final Logger log = LoggerFactory.getLogger(Papers.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {
    };
    static final String LANGUAGE = "vi";

    private final PaperMapper mapper;
    private final PaperPrinter printer;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Transactions transactions;

    Papers(PaperMapper mapper, PaperPrinter printer, Applications applications, ApplicationEventPublisher events, Clock clock,
           Transactions transactions) {
        this.mapper = mapper;
        this.printer = printer;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Numbers the paper and keeps its text, then publishes {@link PaperIssued}; nothing is printed
     * here. The number is taken last because its counter row stays locked until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Paper issue(PaperText text) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int year = text.dated().getYear();
        mapper.takeNumber(text.kind(), year);
        int sequence = mapper.takenNumber();
        String number = text.number() != null ? text.number() : sequence + "/" + year + "/" + suffix(text.kind());
        String content = JSON.writeValueAsString(printer.model(text, number));
        Paper paper = new Paper(null, text.applicationId(), text.kind(), year, sequence, number, issuedAt, null,
                fileSuffix(text.kind()) + "-" + sequence + "-" + year + ".pdf", LANGUAGE);
        GeneratedId key = new GeneratedId();
        mapper.insert(paper, content, key);
        events.publishEvent(new PaperIssued(text.applicationId(), key.get(), text.kind(), number));
        return paper.withId(key.get());
    }

    /** The papers of a dossier the caller may see (as its documents: another business's is not found), oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Paper> papers(Actor actor, long applicationId) {
        applications.get(actor, applicationId);
        // A listed paper shows the SHA-256 of the file it serves: one its printer has not reached yet is printed now.
        return mapper.findByApplication(applicationId).stream()
                .map(paper -> paper.sha256() != null ? paper : paper.withSha256(stored(paper).sha256()))
                .toList();
    }

    /** One paper of a dossier the caller may see, as its PDF. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public PaperFile file(Actor actor, long applicationId, long paperId) {
        applications.get(actor, applicationId);
        return mapper.findById(paperId).filter(paper -> paper.applicationId() == applicationId).map(this::read)
                .orElseThrow(() -> DomainFailure.notFound(FailureCode.PAPER_NOT_FOUND, paperId));
    }

    /** Any paper by its id, for the notice that tells its dossier's applicant. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<PaperFile> file(long paperId) {
        return mapper.findById(paperId).map(this::read);
    }

    /** Prints and stores the paper unless it is stored already: what the print queue does after the commit. */
    void printIfMissing(long paperId) {
        // Nothing is served here, so neither the paper's row nor a second look for its file is needed:
        // the text is enough to print, and a reader checks the stored file's SHA-256 when it serves it.
        if (mapper.findFile(paperId).isEmpty()) {
            mapper.findContent(paperId).ifPresent(content -> print(paperId, content));
        }
    }

    private PaperFile read(Paper paper) {
        return new PaperFile(paper.id(), paper.fileName(), stored(paper).pdf());
    }

    /** The paper's one stored file, printed and stored now if nobody has yet, checked against its SHA-256. */
    private StoredFile stored(Paper paper) {
        StoredFile file = mapper.findFile(paper.id()).orElseGet(() -> print(paper));
        String actual = sha256(file.pdf());
        if (!actual.equals(file.sha256())) {
            log.error("ALERT paper {} ({}) of dossier {} fails its integrity check: stored SHA-256 {}, content hashes to {}",
                    paper.id(), paper.number(), paper.applicationId(), file.sha256(), actual);
            throw new DomainFailure(FailureCode.DOCUMENT_CORRUPTED,
                    "The stored copy of this paper is damaged and is not served; the operators have been alerted");
        }
        return file;
    }

    /**
     * Prints the paper from the text it was issued with and stores the PDF, unless another print
     * stored one first: then that one is served, never this second rendering.
     */
    private StoredFile print(Paper paper) {
        String content = mapper.findContent(paper.id()).orElseThrow(() -> new IllegalStateException(
                "paper " + paper.id() + " has neither a stored PDF nor a text to print it from"));
        return print(paper.id(), content);
    }

    private StoredFile print(long paperId, String content) {
        byte[] pdf = printer.print(JSON.readValue(content, MODEL));
        String sha256 = sha256(pdf);
        return transactions.inTransaction(() -> {
            if (mapper.insertFile(paperId, sha256, pdf) == 1) {
                // This rendering is the stored file: no need to read back what was just written.
                return new StoredFile(sha256, pdf);
            }
            return mapper.findFileLatest(paperId).orElseThrow(() -> new IllegalStateException(
                    "paper " + paperId + " was printed but its file cannot be read"));
        });
    }

    /** What follows the number and year: the kind's register (TNHS: tiếp nhận hồ sơ, …). */
    static String suffix(PaperKind kind) {
        return switch (kind) {
            case RECEIPT -> "TNHS";
            case SUPPLEMENT_REQUEST -> "YCBS";
            case REFUSAL -> "TCHS";
            case APOLOGY -> "XLHS";
            case DECISION -> "QĐ-SKHCN";
            case PAYMENT_NOTICE -> "TBTT";
        };
    }

    /** The suffix in ASCII, for a file name every mail program and file system keeps as it is. */
    private static String fileSuffix(PaperKind kind) {
        return kind == PaperKind.DECISION ? "QD-SKHCN" : suffix(kind);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
