package vn.subsidyflow.paper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The register of official papers: issues a paper (numbered, printed, stored with its SHA-256,
 * announced as {@link PaperIssued}) in the transaction of the change that calls for it, and reads
 * papers back — to whoever may see the dossier, or to the notices that attach them. A stored paper
 * is served only while its bytes still hash to the SHA-256 recorded at issue.
 */
@Service
@EnableConfigurationProperties(PaperSettings.class)
public class Papers implements PaperFiles {

    private static final Logger log = LoggerFactory.getLogger(Papers.class);
    static final String LANGUAGE = "vi";

    private final PaperMapper mapper;
    private final PaperPrinter printer;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Papers(PaperMapper mapper, PaperPrinter printer, Applications applications, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.printer = printer;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Numbers, prints and stores the paper, then publishes {@link PaperIssued}. The number is taken
     * last, just before printing, because its counter row stays locked until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Paper issue(PaperText text) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int year = text.dated().getYear();
        mapper.takeNumber(text.kind(), year);
        int sequence = mapper.takenNumber();
        String number = text.number() != null ? text.number() : sequence + "/" + year + "/" + suffix(text.kind());
        byte[] pdf = printer.print(text, number);
        Paper paper = new Paper(null, text.applicationId(), text.kind(), year, sequence, number, issuedAt, sha256(pdf),
                fileSuffix(text.kind()) + "-" + sequence + "-" + year + ".pdf", LANGUAGE);
        GeneratedId key = new GeneratedId();
        mapper.insert(paper, pdf, key);
        events.publishEvent(new PaperIssued(text.applicationId(), key.get(), text.kind(), number));
        return paper.withId(key.get());
    }

    /** The papers of a dossier the caller may see (as its documents: another business's is not found), oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Paper> papers(Actor actor, long applicationId) {
        applications.get(actor, applicationId);
        return mapper.findByApplication(applicationId);
    }

    /** One paper of a dossier the caller may see, as its PDF. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public PaperFile file(Actor actor, long applicationId, long paperId) {
        applications.get(actor, applicationId);
        return mapper.findById(paperId).filter(paper -> paper.applicationId() == applicationId).flatMap(this::read)
                .orElseThrow(() -> DomainFailure.notFound(FailureCode.PAPER_NOT_FOUND, paperId));
    }

    /** Any paper by its id, for the notice that tells its dossier's applicant. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PaperFile> file(long paperId) {
        return mapper.findById(paperId).flatMap(this::read);
    }

    private Optional<PaperFile> read(Paper paper) {
        List<byte[]> pdf = mapper.findPdf(paper.id());
        if (pdf.isEmpty()) {
            return Optional.empty();
        }
        String actual = sha256(pdf.get(0));
        if (!actual.equals(paper.sha256())) {
            log.error("ALERT paper {} ({}) of dossier {} fails its integrity check: stored SHA-256 {}, content hashes to {}",
                    paper.id(), paper.number(), paper.applicationId(), paper.sha256(), actual);
            throw new DomainFailure(FailureCode.DOCUMENT_CORRUPTED,
                    "The stored copy of this paper is damaged and is not served; the operators have been alerted");
        }
        return Optional.of(new PaperFile(paper.id(), paper.fileName(), pdf.get(0)));
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
