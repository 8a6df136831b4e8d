package vn.subsidyflow.paper;

import static vn.subsidyflow.paper.PaperFormats.amount;
import static vn.subsidyflow.paper.PaperFormats.date;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.calendar.Deadlines;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.disbursement.Disbursements;
import vn.subsidyflow.disbursement.Payment;
import vn.subsidyflow.workflow.Step;

/**
 * Gathers what each kind of paper says about a dossier, as it stands in the issuing transaction:
 * the business, the support item and its legal bases, the dates and amounts written out. Papers are
 * in Vietnamese, the language of official papers, whatever the reader's language.
 */
@Component
class PaperContents {

    private static final Map<DocumentKind, String> DOCUMENTS = Map.of(
            DocumentKind.APPLICATION_FORM, "Đơn đề nghị hỗ trợ",
            DocumentKind.BUSINESS_REGISTRATION, "Giấy chứng nhận đăng ký kinh doanh",
            DocumentKind.CERTIFICATE, "Giấy chứng nhận",
            DocumentKind.CONTRACT, "Hợp đồng tư vấn, chứng nhận",
            DocumentKind.INVOICE, "Hóa đơn",
            DocumentKind.PAYMENT_PROOF, "Chứng từ thanh toán",
            DocumentKind.IP_FILING, "Đơn đăng ký sở hữu trí tuệ",
            DocumentKind.IP_CERTIFICATE, "Văn bằng bảo hộ",
            DocumentKind.OTHER, "Tài liệu khác");

    private final ApplicationRepository applications;
    private final Accounts accounts;
    private final PolicyCatalog catalog;
    private final PolicyVersions versions;
    private final Deadlines deadlines;
    private final Disbursements disbursements;
    private final Clock clock;

    PaperContents(ApplicationRepository applications, Accounts accounts, PolicyCatalog catalog, PolicyVersions versions,
                  Deadlines deadlines, Disbursements disbursements, Clock clock) {
        this.applications = applications;
        this.accounts = accounts;
        this.catalog = catalog;
        this.versions = versions;
        this.deadlines = deadlines;
        this.disbursements = disbursements;
        this.clock = clock;
    }

    /** The receipt and appointment slip: what was received, when, and the day the result is promised. */
    PaperText receipt(long applicationId) {
        Dossier d = dossier(applicationId);
        Map<String, Object> model = d.model();
        model.put("documents", applications.documentKinds(applicationId).stream().sorted()
                .map(DOCUMENTS::get).toList());
        // Now, not the first filing: a receipt after a supplement acknowledges what came in today.
        LocalDateTime filed = LocalDateTime.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
        model.put("receivedAt", "%02d giờ %02d phút, ngày %s".formatted(filed.getHour(), filed.getMinute(),
                date(filed.toLocalDate())));
        model.put("appointment", date(d.application.appointmentOn()));
        return new PaperText(PaperKind.RECEIPT, applicationId, "receipt", model, today(), null);
    }

    /** The one request for supplement: everything missing, and the day the dossier lapses without it. */
    PaperText supplementRequest(long applicationId) {
        Dossier d = dossier(applicationId);
        Map<String, Object> model = d.model();
        model.put("missing", lines(d.application.supplementRequest()));
        model.put("lapsesOn", date(LocalDate.ofInstant(deadlines.due(Step.SUPPLEMENT.key(), applicationId).toInstant(),
                WorkingDayCalendar.ZONE)));
        return new PaperText(PaperKind.SUPPLEMENT_REQUEST, applicationId, "supplement-request", model, today(), null);
    }

    /** Refused at intake or rejected at decision: the reasons, as written to the applicant. */
    PaperText refusal(long applicationId) {
        Dossier d = dossier(applicationId);
        Map<String, Object> model = d.model();
        model.put("atIntake", d.application.status() == ApplicationStatus.REFUSED);
        model.put("reasons", lines(d.application.closingReason()));
        return new PaperText(PaperKind.REFUSAL, applicationId, "refusal", model, today(), null);
    }

    /** The Department ran late: its apology and the new appointment. */
    PaperText apology(long applicationId, LocalDate previous, LocalDate appointment) {
        Dossier d = dossier(applicationId);
        Map<String, Object> model = d.model();
        model.put("previous", date(previous));
        model.put("appointment", date(appointment));
        return new PaperText(PaperKind.APOLOGY, applicationId, "apology", model, today(), null);
    }

    /**
     * The support decision. It is numbered and dated as the approver recorded it: that number comes
     * from the Department's register of outgoing documents, which also numbers decisions made outside
     * this system, so it is the decision's legal number; a second number of ours would give one
     * decision two identities. Its place in our own register (year, sequence) still counts it.
     */
    PaperText decision(long applicationId) {
        Dossier d = dossier(applicationId);
        Application a = d.application;
        Map<String, Object> model = d.model();
        PolicyVersion version = versions.version(d.item.policyCode());
        model.put("bases", List.of(version.citation() + " (" + version.title() + ")", d.item.legalCitation()));
        model.put("amount", amount(a.approvedAmountVnd()));
        model.put("amountInWords", AmountInWords.of(a.approvedAmountVnd()));
        model.put("fiscalYear", a.fiscalYear());
        model.put("decisionDate", date(a.decisionDate()));
        return new PaperText(PaperKind.DECISION, applicationId, "decision", model, a.decisionDate(), a.decisionNumber());
    }

    /** The payment ordered through the State Treasury: amount, tranche and the account it goes to. */
    PaperText paymentNotice(long applicationId, long paymentId) {
        Dossier d = dossier(applicationId);
        Map<String, Object> model = d.model();
        Payment payment = disbursements.payments(applicationId).stream().filter(p -> p.id() == paymentId).findFirst()
                .orElseThrow(() -> new IllegalStateException("payment " + paymentId + " of dossier " + applicationId
                        + " was ordered in this transaction but cannot be read"));
        model.put("tranche", payment.tranche());
        model.put("amount", amount(payment.amountVnd()));
        model.put("amountInWords", AmountInWords.of(payment.amountVnd()));
        model.put("bankName", payment.bankName());
        model.put("accountNumber", PaperFormats.masked(payment.bankAccountNumber()));
        model.put("accountName", payment.bankAccountName());
        model.put("decisionNumber", d.application.decisionNumber());
        model.put("decisionDate", date(d.application.decisionDate()));
        return new PaperText(PaperKind.PAYMENT_NOTICE, applicationId, "payment-notice", model, today(), null);
    }

    private Dossier dossier(long applicationId) {
        Application application = applications.load(applicationId);
        return new Dossier(application, accounts.organisation(application.organisationId()),
                catalog.item(application.supportItemId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The facts every paper of a dossier names. */
    private record Dossier(Application application, Organisation business, SupportItem item) {

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("dossierId", application.id());
            model.put("dossierTitle", application.title());
            model.put("businessName", business.name());
            model.put("taxCode", business.taxCode());
            model.put("address", business.address());
            model.put("itemName", item.nameVi());
            model.put("filedOn", date(application.submittedAt() == null ? null
                    : LocalDate.ofInstant(application.submittedAt(), WorkingDayCalendar.ZONE)));
            return model;
        }
    }
}
