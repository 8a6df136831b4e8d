package vn.subsidyflow.shared;

import static vn.subsidyflow.shared.DomainFailure.Kind.CONFLICT;
import static vn.subsidyflow.shared.DomainFailure.Kind.INVALID;
import static vn.subsidyflow.shared.DomainFailure.Kind.NOT_FOUND;
import static vn.subsidyflow.shared.DomainFailure.Kind.UNAVAILABLE;

import java.util.EnumSet;
import java.util.Set;
import vn.subsidyflow.shared.DomainFailure.Kind;

/**
 * Every refusal of a request's content, once: the code clients see, its {@link Kind} (the web layer
 * maps each kind to one HTTP status) and what it means. The domain throws them; the web layer's
 * validation and pages refuse input with the same codes ({@code INVALID_PAGE}, {@code TOO_LONG}), so
 * they live here too. This list is the documentation of the codes; the OpenAPI document lists them
 * from here. A code's name never changes: clients depend on it.
 *
 * <p>One enum rather than a class per failure: most refusals carry nothing but a message and
 * sometimes the field, and a flat list is what a client's developer wants to read. Failures that
 * carry facts of their own are named classes on top of it ({@code ApplicationNotInState},
 * {@code FourEyesViolation}).
 */
public enum FailureCode implements ProblemCode {

    // Not found: the named thing does not exist, or the caller may not know that it does.
    APPLICATION_NOT_FOUND(NOT_FOUND, "No such dossier, or it is not the caller's to see"),
    BUDGET_LINE_NOT_FOUND(NOT_FOUND, "No such budget line"),
    DOCUMENT_NOT_FOUND(NOT_FOUND, "No such document on this dossier"),
    HOLIDAY_NOT_FOUND(NOT_FOUND, "That day is not a holiday in the calendar"),
    NOTICE_NOT_FOUND(NOT_FOUND, "No such notice, or it is not the caller's"),
    HISTORY_IMPORT_NOT_FOUND(NOT_FOUND, "No history import has this id"),
    ORGANISATION_NOT_FOUND(NOT_FOUND, "No such organisation, or the caller belongs to none"),
    PAPER_NOT_FOUND(NOT_FOUND, "No such paper on this dossier"),
    PAYMENT_NOT_FOUND(NOT_FOUND, "No such payment"),
    POLICY_VERSION_NOT_FOUND(NOT_FOUND, "No policy version has this code"),
    PAYMENT_BATCH_NOT_FOUND(NOT_FOUND, "No such payment batch"),
    SUPPORT_ITEM_NOT_FOUND(NOT_FOUND, "No such support item"),
    TASK_NOT_FOUND(NOT_FOUND, "No such open task, or it is not the caller's to see"),
    USER_NOT_FOUND(NOT_FOUND, "No account with this username"),

    // Forbidden: the caller's role or organisation does not allow this.
    FORBIDDEN(Kind.FORBIDDEN, "The caller's role does not allow this"),
    APPLICANTS_ONLY(Kind.FORBIDDEN, "Only a user of an applicant organisation can do this"),
    PASSWORD_CHANGE_REQUIRED(Kind.FORBIDDEN, "The account has a temporary password: change it (PUT /api/v1/me/password) first"),

    // Unavailable: a server-side condition the caller cannot fix; try again or ask the operators.
    DATABASE_UNAVAILABLE(UNAVAILABLE, "The database cannot be reached; a request with an Idempotency-Key is safe to repeat"),
    DATABASE_BUSY(UNAVAILABLE, "The database did not answer in time and nothing was changed; try again later (a request with an Idempotency-Key is safe to repeat)"),
    DOCUMENT_CORRUPTED(UNAVAILABLE, "The stored copy of a document fails its integrity check and is not served"),
    BACKUP_FAILED(UNAVAILABLE, "The database backup could not be taken"),
    IMPORT_TOO_LARGE_FOR_MEMORY(UNAVAILABLE, "The history file would need more memory than the node has free; split it into smaller files, or import it on a node with a larger heap"),

    // Conflict: the request is well-formed, but the state of the data refuses it.
    BACKUP_IN_PROGRESS(CONFLICT, "A backup is being taken; try again when it is done"),
    IMPORT_IN_PROGRESS(CONFLICT, "A history import is running on this node; try again when it is done"),
    CLAWBACK_EXCEEDS_DISBURSED(CONFLICT, "The budget line has less disbursed than the clawback would return"),
    CLAWBACK_EXCEEDS_PAID(CONFLICT, "The dossier has less paid and not yet recovered than the clawback asks"),
    CONCURRENT_UPDATE(CONFLICT, "Someone changed the dossier or budget at the same moment; try again"),
    DOSSIER_NOT_IN_STATE(CONFLICT, "The dossier is not in a state that allows this step"),
    DUPLICATE_ENTRY(CONFLICT, "A record with this value already exists; nothing was changed"),
    FISCAL_YEAR_CLOSED(CONFLICT, EnumSet.of(INVALID),
            "The fiscal year is closed: 409 for a ledger movement, 422 for a decision dated in it"),
    FOUR_EYES_VIOLATION(CONFLICT, "The same person may not take both steps (four-eyes rule)"),
    HOLIDAY_EXISTS(CONFLICT, "That day is already a holiday"),
    NOTICE_NOT_FAILED(CONFLICT, "Only a notice whose mail failed is sent again"),
    LAST_ADMINISTRATOR(CONFLICT, "The last active administrator cannot be disabled or lose the ADMIN role"),
    INSUFFICIENT_BUDGET(CONFLICT, "The budget line has less available than the amount"),
    NOTHING_TO_PAY(CONFLICT, "The dossier has nothing left to pay"),
    NOT_COMMITTED(CONFLICT, "The dossier or line has no committed amount for this payment"),
    NO_LINE_NEXT_YEAR(CONFLICT, "There is no budget line in the next year to carry the commitment over to"),
    NO_RECOMMENDED_AMOUNT(CONFLICT, "The appraisal recommended rejection, so there is no amount to approve"),
    OVERPAYMENT(CONFLICT, "The payment would exceed the approved amount"),
    PAYMENT_ALREADY_CONFIRMED(CONFLICT, "The payment is already confirmed"),
    PAYMENT_FAILED(CONFLICT, "The payment failed and cannot be confirmed"),
    PAYMENT_NOT_ORDERED(CONFLICT, "The payment is still queued, not yet ordered"),
    POLICY_VERSION_EXISTS(CONFLICT, "A policy version with this code already exists"),
    POLICY_VERSION_NOT_DRAFT(CONFLICT, "The policy version is published: its items are edited, and it is published, only as a DRAFT"),
    POLICY_VERSION_NOT_IN_FORCE(CONFLICT, "Only a published policy version that is not yet closed can be closed"),
    PROGRAMME_TOTAL_EXCEEDED(CONFLICT, "The allocation would take the lines past the programme total"),
    REGISTRATION_CONFLICT(CONFLICT, "The username or tax code was taken at the same moment"),
    SUPPLEMENT_ALREADY_REQUESTED(CONFLICT, "A supplement is already requested for this dossier"),
    TASK_CLAIMED(CONFLICT, "The task is claimed by someone else"),
    TASK_NOT_CLAIMED_BY_YOU(CONFLICT, "The task must be claimed by the caller first"),
    TAX_CODE_TAKEN(CONFLICT, "An organisation with this tax code is already registered"),
    USERNAME_TAKEN(CONFLICT, "The username is already taken"),

    // Invalid: the request's content is refused; the details usually name the field.
    INVALID_RESET_TOKEN(INVALID, "The password-reset link is unknown, already used or expired: ask for a new one"),
    AMOUNT_ABOVE_MAXIMUM(INVALID, "The amount exceeds the maximum support for the dossier"),
    DOCUMENT_QUOTA_EXCEEDED(INVALID, "The dossier already holds the most documents or bytes it may"),
    DOCUMENT_TOO_LARGE(INVALID, "The document is larger than allowed (413 when the upload exceeds what the server reads)"),
    DOCUMENT_TYPE_MISMATCH(INVALID, "The document's content is not the type it is declared or named as"),
    DUPLICATE_DOSSIER_IN_BATCH(INVALID, "A dossier appears twice in one payment batch"),
    EMPTY_DOCUMENT(INVALID, "The document is empty"),
    FREQUENCY_LIMIT_REACHED(INVALID, "The organisation has been supported as often as the support item allows"),
    IDEMPOTENCY_KEY_REUSED(INVALID, "The Idempotency-Key was already used for a different request"),
    INVALID_AMOUNT(INVALID, "An amount is not a whole number of đồng in range"),
    INVALID_BANK_ACCOUNT(INVALID, "A bank account needs the bank, a 6–20 digit number and the account name"),
    INVALID_BATCH(INVALID, "A payment batch has too few or too many payments, or one without its dossier"),
    INVALID_DATE(INVALID, "A date is missing or outside the years the programme can concern"),
    INVALID_DATE_RANGE(INVALID, "A date range is out of bounds or its start is after its end"),
    INVALID_DECISION_DATE(INVALID, "The decision date is in the future, before the filing, or out of range"),
    INVALID_DOCUMENT_KIND(INVALID, "The document kind is missing or not one of the known kinds"),
    INVALID_FISCAL_YEAR(INVALID, "The fiscal year is not a calendar year"),
    INVALID_HOLIDAY(INVALID, "A holiday needs a day and a name in Vietnamese and English"),
    INVALID_HOLIDAY_FILE(INVALID, "A holidays file has bad rows (each named in the details); nothing was imported"),
    IMPORT_REFUSED(INVALID, "A history file has errors, every one listed in errors [{row, column, code, message}]; nothing was imported"),
    INVALID_IDEMPOTENCY_KEY(INVALID, "The Idempotency-Key header is missing, too long or not visible ASCII"),
    INVALID_INPUT(INVALID, "A value is missing or does not fit; the details name the field"),
    INVALID_OUTCOME(INVALID, "The outcome is not one of the task step's outcomes"),
    INVALID_PAGE(INVALID, "A paging parameter is out of range"),
    INVALID_PERIOD(INVALID, "The report period is missing, reversed, too long or out of range"),
    INVALID_POLICY_VERSION(INVALID, "The policy version being loaded is incomplete or inconsistent"),
    INVALID_ROLE(INVALID, "Staff users cannot hold the APPLICANT role"),
    NOT_A_STAFF_ACCOUNT(INVALID, "The account belongs to an applicant organisation, not to staff"),
    INVALID_SORT(INVALID, "The sort is not one of the listed fields, optionally followed by ,asc or ,desc"),
    INVALID_TAX_CODE(INVALID, "The tax code is not valid (10 digits with a valid check digit, a branch, or a personal ID)"),
    INVALID_YEAR(INVALID, "A year is outside the years the programme can concern"),
    INVALID_YEARS(INVALID, "The report's years are missing, reversed or span too long"),
    MISSING_AMOUNT(INVALID, "An amount is required for this outcome"),
    MISSING_CITATION(INVALID, "Every value of a policy version needs its legal citation to publish it; the details list the items without one"),
    MISSING_BANK_ACCOUNT(INVALID, "The beneficiary has no complete bank account to pay to"),
    MISSING_COMMENT(INVALID, "A comment (reasons, or what is missing) is required for this outcome"),
    MISSING_DECISION_NUMBER(INVALID, "The support decision needs its number"),
    MISSING_DOCUMENT_REF(INVALID, "A budget movement needs its document reference"),
    MISSING_DOCUMENTS(INVALID, "Required documents are missing from the dossier"),
    MISSING_PAYMENT_REFERENCE(INVALID, "The State Treasury reference is required"),
    MISSING_REASON(INVALID, "A budget movement needs its reason"),
    NO_BUDGET_LINE(INVALID, "There is no budget line in the decision's year for the dossier's programme and category"),
    NOT_COMMITTED_IN_YEAR(INVALID, "The named dossiers hold no unpaid commitment in that fiscal year"),
    NOT_ELIGIBLE(INVALID, "The organisation does not meet the support item's eligibility rules; `unmet` names each rule it fails"),
    PASSWORD_TOO_COMMON(INVALID, "The password is among the most commonly used ones"),
    PASSWORD_TOO_LONG(INVALID, "The password is longer than 64 characters or 72 bytes"),
    PASSWORD_TOO_SHORT(INVALID, "The password is shorter than 10 characters"),
    WRONG_CURRENT_PASSWORD(INVALID, "The current password given is not the account's password"),
    PASSWORD_UNCHANGED(INVALID, "The new password is the same as the current one"),
    PASSWORDS_DIFFER(INVALID, "The password and its repetition differ (sign-up page)"),
    SAME_LINE(INVALID, "A transfer needs two different budget lines"),
    TOO_LONG(INVALID, "A typed text is longer than the system keeps (pages)"),
    TRANSFER_ACROSS_PROGRAMMES(INVALID, "A transfer must stay within one programme"),
    UNKNOWN_POLICY(INVALID, "No policy version has this code"),
    UNKNOWN_SUPPORT_ITEM(INVALID, "No support item with this code is in force on that day"),
    UNSUPPORTED_DOCUMENT_TYPE(INVALID, "The document's format is not one the system stores"),
    WRONG_PASSWORD(INVALID, "The current password typed to confirm a change is not right; nothing was changed");

    private final Kind kind;
    private final Set<Kind> alsoAs;
    private final String meaning;

    FailureCode(Kind kind, String meaning) {
        this(kind, EnumSet.noneOf(Kind.class), meaning);
    }

    FailureCode(Kind kind, Set<Kind> alsoAs, String meaning) {
        this.kind = kind;
        this.alsoAs = alsoAs;
        this.meaning = meaning;
    }

    /** The usual kind of this refusal. */
    public Kind kind() {
        return kind;
    }

    /** Every kind this code is given with: its own and those a few sites use instead (rare). */
    public Set<Kind> kinds() {
        Set<Kind> all = EnumSet.of(kind);
        all.addAll(alsoAs);
        return all;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
