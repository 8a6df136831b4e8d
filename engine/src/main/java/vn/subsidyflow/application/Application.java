package vn.subsidyflow.application;

import static vn.subsidyflow.application.ApplicationStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/**
 * A dossier (hồ sơ). Every state change goes through one of its methods, which refuses a change
 * from the wrong state ({@link ApplicationNotInState}) and keeps the rules that must hold whatever
 * path called it: amounts within the computed maximum, four eyes on the decision, never paid past
 * the approved amount. Persisted with an optimistic version.
 */
public class Application {

    /** Dates on papers (decision dates) are the Department's calendar days. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Certificates or products one dossier may claim for: far above any real dossier, and the database's CHECK. */
    static final int MAX_UNITS = 1000;

    private static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED,
            IN_APPRAISAL, AWAITING_DECISION, WAITLISTED, APPROVED, AWAITING_COMPLETION, AWAITING_PAYMENT);

    private Long id;
    private long organisationId;
    private long supportItemId;
    private long policyVersionId;
    private String supportItemCode;
    private Category category;
    private String title;
    private long eligibleCostVnd;
    private long maxSupportVnd;
    /** Certificates or products claimed for, when the item's cap is per certificate or product; else 1. */
    private int unitCount = 1;
    private Long recommendedAmountVnd;
    private Long approvedAmountVnd;
    private long paidAmountVnd;
    private ApplicationStatus status;
    private Integer fiscalYear;
    private Long budgetLineId;
    private String processInstanceId;
    private String createdBy;
    private boolean filedAtCounter;
    private Instant submittedAt;
    private LocalDate appointmentOn;
    private String supplementRequest;
    private String appraisedBy;
    private Instant appraisedAt;
    private String appraisalNote;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String closingReason;
    private Instant closedAt;
    private Instant createdAt;
    private int version;
    /** What the report tally holds for this dossier as last loaded or saved (null: not supported). */
    private SupportedApplication persistedSupport;
    /** The status as last loaded or saved (null: not yet inserted), so a save can say what changed. */
    private ApplicationStatus persistedStatus;

    /** For MyBatis. */
    Application() {
    }

    /** A new draft for {@code item}, with the maximum support computed from the eligible cost. */
    static Application draft(long organisationId, SupportItem item, String title, long eligibleCostVnd, String createdBy) {
        return draft(organisationId, item, title, eligibleCostVnd, 1, createdBy);
    }

    /**
     * A new draft claiming for {@code unitCount} certificates or products: the maximum is the
     * item's cap times that count when the cap is per certificate or product. A count above one
     * on an item capped per dossier would promise nothing and is refused, as is one out of 1–1000.
     */
    static Application draft(long organisationId, SupportItem item, String title, long eligibleCostVnd, int unitCount,
                             String createdBy) {
        Money.requirePositive("eligibleCostVnd", eligibleCostVnd);
        if (unitCount < 1 || unitCount > MAX_UNITS) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "unitCount: from 1 to " + MAX_UNITS, Map.of("field", "unitCount"));
        }
        if (unitCount > 1 && !item.capPerUnit()) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "unitCount: " + item.code()
                    + " is capped per dossier, so a dossier claims for one unit", Map.of("field", "unitCount"));
        }
        Application a = new Application();
        a.organisationId = organisationId;
        a.unitCount = unitCount;
        a.pinTo(item, eligibleCostVnd);
        a.title = title;
        a.status = DRAFT;
        a.createdBy = createdBy;
        return a;
    }

    /**
     * A new draft an intake officer opens at the one-stop desk for a business that brought its papers:
     * the business's own dossier, which the officer completes with the scans and files.
     */
    static Application filedAtCounter(long organisationId, SupportItem item, String title, long eligibleCostVnd, String officer) {
        Application a = draft(organisationId, item, title, eligibleCostVnd, officer);
        a.filedAtCounter = true;
        return a;
    }

    /** Pins the dossier to a support item of a policy version and recomputes the maximum. */
    void pinTo(SupportItem item, long eligibleCostVnd) {
        this.supportItemId = item.id();
        this.policyVersionId = item.policyVersionId();
        this.supportItemCode = item.code();
        this.category = item.category();
        this.eligibleCostVnd = eligibleCostVnd;
        this.maxSupportVnd = item.maxSupportFor(eligibleCostVnd, unitCount);
    }

    void submit(Instant now) {
        require(DRAFT, "submitted");
        status = SUBMITTED;
        submittedAt = now;
    }

    public void accept() {
        require(SUBMITTED, "accepted at intake");
        status = IN_APPRAISAL;
    }

    /** The one request for supplement the procedure allows, listing everything missing. */
    public void requestSupplement(String missing) {
        require(SUBMITTED, "sent back for a supplement");
        requireText(FailureCode.MISSING_COMMENT, "comment", missing, "list everything that is missing");
        if (supplementRequest != null) {
            throw new DomainFailure(FailureCode.SUPPLEMENT_ALREADY_REQUESTED,
                    "A supplement was already requested once; the procedure allows one request — accept or refuse the dossier");
        }
        status = SUPPLEMENT_REQUESTED;
        supplementRequest = missing;
    }

    public void resubmit() {
        require(SUPPLEMENT_REQUESTED, "resubmitted");
        status = SUBMITTED;
    }

    public void refuse(String reasons, Instant now) {
        require(SUBMITTED, "refused");
        requireText(FailureCode.MISSING_COMMENT, "comment", reasons, "refusal needs written reasons");
        close(REFUSED, reasons, now);
    }

    public void lapse(Instant now) {
        require(SUPPLEMENT_REQUESTED, "lapsed");
        close(LAPSED, "The supplement was not provided within the deadline", now);
    }

    public void recommendApproval(String reviewer, long amountVnd, String note, Instant now) {
        require(IN_APPRAISAL, "appraised");
        Money.requirePositive("amountVnd", amountVnd);
        if (amountVnd > maxSupportVnd) {
            throw new DomainFailure(FailureCode.AMOUNT_ABOVE_MAXIMUM,
                    "The amount " + amountVnd + " đ exceeds the maximum support of " + maxSupportVnd + " đ for this dossier",
                    Map.of("maxSupportVnd", maxSupportVnd));
        }
        recordAppraisal(reviewer, amountVnd, note, now);
    }

    public void recommendRejection(String reviewer, String reasons, Instant now) {
        require(IN_APPRAISAL, "appraised");
        requireText(FailureCode.MISSING_COMMENT, "comment", reasons, "a recommendation to reject needs reasons");
        recordAppraisal(reviewer, null, reasons, now);
    }

    private void recordAppraisal(String reviewer, Long amountVnd, String note, Instant now) {
        status = AWAITING_DECISION;
        recommendedAmountVnd = amountVnd;
        appraisedBy = reviewer;
        appraisedAt = now;
        appraisalNote = note;
    }

    /** Approves the recommended amount. The appraiser may not approve (four eyes). */
    public void approve(String approver, String number, LocalDate date, Instant now) {
        require(AWAITING_DECISION, "approved");
        checkFourEyes(approver);
        requireText(FailureCode.MISSING_DECISION_NUMBER, "decisionNumber", number, "the support decision needs its number");
        if (date == null || date.isAfter(LocalDate.ofInstant(now, ZONE))) {
            throw new DomainFailure(FailureCode.INVALID_DECISION_DATE,
                    "The decision date cannot be in the future", Map.of("field", "decisionDate"));
        }
        // A decision answers a filed dossier: it cannot predate the filing (and so never lands in a
        // fiscal year long gone, waiting on a budget line that will never exist).
        LocalDate filed = submittedAt == null ? null : LocalDate.ofInstant(submittedAt, ZONE);
        if (filed != null && date.isBefore(filed)) {
            throw new DomainFailure(FailureCode.INVALID_DECISION_DATE,
                    "The decision date cannot be before the dossier was filed (" + filed + ")", Map.of("field", "decisionDate"));
        }
        if (recommendedAmountVnd == null) {
            throw new DomainFailure(FailureCode.NO_RECOMMENDED_AMOUNT,
                    "The appraisal recommended rejection; return it to appraisal to approve an amount");
        }
        status = APPROVED;
        approvedAmountVnd = recommendedAmountVnd;
        decidedBy = approver;
        decidedAt = now;
        decisionNumber = number.trim();
        decisionDate = date;
        fiscalYear = date.getYear();
    }

    public void reject(String approver, String reasons, Instant now) {
        require(AWAITING_DECISION, "rejected");
        checkFourEyes(approver);
        requireText(FailureCode.MISSING_COMMENT, "comment", reasons, "a rejection needs written reasons");
        decidedBy = approver;
        decidedAt = now;
        close(REJECTED, reasons, now);
    }

    public void returnToAppraisal(String approver) {
        require(AWAITING_DECISION, "returned to appraisal");
        checkFourEyes(approver);
        status = IN_APPRAISAL;
        recommendedAmountVnd = null;
    }

    /** The budget line could not cover the approved amount. */
    public void waitlist() {
        require(APPROVED, WAITLISTED, "waitlisted");
        status = WAITLISTED;
    }

    /** The approved amount is committed on {@code lineId}. */
    public void committed(long lineId) {
        require(APPROVED, WAITLISTED, "committed");
        status = APPROVED;
        budgetLineId = lineId;
    }

    /** Intellectual property: the certificate of protection is awaited before payment. */
    public void awaitCompletion() {
        require(APPROVED, "set to await completion");
        status = AWAITING_COMPLETION;
    }

    /**
     * Intellectual property: the IP Office refused protection (its refusal is the evidence on file),
     * so the support is not granted. The caller releases the unpaid commitment.
     */
    public void notGranted(String reasons, Instant now) {
        require(AWAITING_COMPLETION, "closed as not granted");
        requireText(FailureCode.MISSING_COMMENT, "comment", reasons, "say what the IP Office decided");
        close(NOT_GRANTED, reasons, now);
    }

    public void checkAwaitingCompletion() {
        require(AWAITING_COMPLETION, "completed");
    }

    public void awaitPayment() {
        require(APPROVED, AWAITING_COMPLETION, "made ready for payment");
        status = AWAITING_PAYMENT;
    }

    /** Records a paid amount; the dossier is PAID once the approved amount is paid in full, never past it. */
    public void paid(long amountVnd, Instant now) {
        require(AWAITING_PAYMENT, "paid");
        Money.requirePositive("amountVnd", amountVnd);
        if (paidAmountVnd + amountVnd > approvedAmountVnd) {
            throw new DomainFailure(FailureCode.OVERPAYMENT, "Paying " + amountVnd + " đ would exceed the approved amount of "
                    + approvedAmountVnd + " đ (" + paidAmountVnd + " đ already paid)");
        }
        paidAmountVnd += amountVnd;
        if (paidAmountVnd == approvedAmountVnd) {
            status = PAID;
            closedAt = now;
        }
    }

    /** Fiscal-year end: the unpaid commitment now sits on next year's line {@code lineId}. */
    public void carriedOver(long lineId, int nextFiscalYear) {
        if (!EnumSet.of(APPROVED, AWAITING_COMPLETION, AWAITING_PAYMENT).contains(status) || budgetLineId == null) {
            throw new ApplicationNotInState(id, status, "carried over to the next fiscal year");
        }
        budgetLineId = lineId;
        fiscalYear = nextFiscalYear;
    }

    /** Fiscal-year end: the waitlisted dossier now waits for next year's line of its programme and category. */
    public void waitlistCarriedOver(int nextFiscalYear) {
        require(WAITLISTED, "carried over to next year's waiting list");
        fiscalYear = nextFiscalYear;
    }

    /** Fiscal-year end: finance took the waitlisted dossier off the waiting list, so its support lapses. */
    public void waitlistReleased(String reason, Instant now) {
        require(WAITLISTED, "released from the waiting list");
        close(LAPSED, reason, now);
    }

    /** Fiscal-year end: finance released the unpaid commitment, so the rest of the support lapses. */
    public void commitmentReleased(String reason, Instant now) {
        if (!EnumSet.of(APPROVED, AWAITING_COMPLETION, AWAITING_PAYMENT).contains(status) || budgetLineId == null) {
            throw new ApplicationNotInState(id, status, "released at fiscal-year end");
        }
        close(LAPSED, reason, now);
    }

    public void withdraw(Instant now) {
        if (!WITHDRAWABLE.contains(status) || paidAmountVnd > 0) {
            throw new ApplicationNotInState(id, status, "withdrawn");
        }
        close(WITHDRAWN, "Withdrawn by the applicant", now);
    }

    /** The amount committed on the budget line and not yet paid; released when the dossier ends unpaid. */
    public long unpaidCommitmentVnd() {
        return budgetLineId == null || approvedAmountVnd == null ? 0 : approvedAmountVnd - paidAmountVnd;
    }

    private void checkFourEyes(String approver) {
        if (approver.equals(appraisedBy)) {
            throw new FourEyesViolation(id, approver);
        }
    }

    private void close(ApplicationStatus terminal, String reason, Instant now) {
        status = terminal;
        closingReason = reason;
        closedAt = now;
    }

    private void require(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw new ApplicationNotInState(id, status, action);
        }
    }

    private void require(ApplicationStatus one, ApplicationStatus other, String action) {
        if (status != one && status != other) {
            throw new ApplicationNotInState(id, status, action);
        }
    }

    private static void requireText(FailureCode missing, String field, String value, String why) {
        if (value == null || value.isBlank()) {
            throw new DomainFailure(missing,
                    field + " is required: " + why, Map.of("field", field));
        }
        if (value.length() > 2000) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, field + " must be at most 2000 characters",
                    Map.of("field", field));
        }
    }

    /**
     * The appointment date promised to the applicant: set at filing, moved when the clock paused
     * for the applicant or a late step was apologised for. Never before the filing.
     */
    public void appoint(LocalDate date) {
        if (submittedAt == null || date.isBefore(LocalDate.ofInstant(submittedAt, ZONE))) {
            throw new IllegalStateException("an appointment needs a filed dossier and a date from the filing on");
        }
        this.appointmentOn = date;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public long supportItemId() { return supportItemId; }
    public long policyVersionId() { return policyVersionId; }
    public String supportItemCode() { return supportItemCode; }
    public Category category() { return category; }
    public String title() { return title; }
    public long eligibleCostVnd() { return eligibleCostVnd; }
    public long maxSupportVnd() { return maxSupportVnd; }
    public int unitCount() { return unitCount; }
    public Long recommendedAmountVnd() { return recommendedAmountVnd; }
    public Long approvedAmountVnd() { return approvedAmountVnd; }
    public long paidAmountVnd() { return paidAmountVnd; }
    public ApplicationStatus status() { return status; }
    public Integer fiscalYear() { return fiscalYear; }
    public Long budgetLineId() { return budgetLineId; }
    public String processInstanceId() { return processInstanceId; }
    public String createdBy() { return createdBy; }

    /** Filed on paper at the one-stop desk by an intake officer, on the business's behalf. */
    public boolean filedAtCounter() { return filedAtCounter; }
    public Instant submittedAt() { return submittedAt; }
    /** The date the applicant was promised the result; null while a draft. */
    public LocalDate appointmentOn() { return appointmentOn; }
    public String supplementRequest() { return supplementRequest; }
    public String appraisedBy() { return appraisedBy; }
    public Instant appraisedAt() { return appraisedAt; }
    public String appraisalNote() { return appraisalNote; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String closingReason() { return closingReason; }
    public Instant closedAt() { return closedAt; }
    public Instant createdAt() { return createdAt; }
    int version() { return version; }

    void saved() {
        version++;
        persisted();
    }

    /** What the period report counts of this dossier now, or null when its support is not (or no longer) decided. */
    SupportedApplication support() {
        if (status == null || !status.isSupported() || decisionDate == null || fiscalYear == null) {
            return null;
        }
        return new SupportedApplication(organisationId, category, fiscalYear, approvedAmountVnd == null ? 0 : approvedAmountVnd,
                paidAmountVnd, supportItemCode, policyVersionId, SupportedApplication.month(decisionDate));
    }

    /** The row now equals this copy: remember what the report tally holds for it. */
    void persisted() {
        persistedSupport = support();
        persistedStatus = status;
    }

    ApplicationStatus persistedStatus() {
        return persistedStatus;
    }

    SupportedApplication persistedSupport() {
        return persistedSupport;
    }
}
