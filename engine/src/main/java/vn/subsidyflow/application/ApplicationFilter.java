package vn.subsidyflow.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * What a list shows. {@code organisationId} is forced to the caller's own organisation for applicants.
 *
 * <p>{@code query} is what a person types in one box: a dossier number, part of a business's name,
 * the start of a tax code or of a decision number. Filing and decision dates are days in Hà Tĩnh's
 * calendar, both ends included; a filing is stored as an instant, so its day bounds are turned
 * into instants here ({@link #filedFromInstant()}), once.
 */
public record ApplicationFilter(Long organisationId, ApplicationStatus status, Category category, String query,
                                String taxCode, String supportItemCode, String policyCode, String decisionNumber,
                                LocalDate filedFrom, LocalDate filedTo, LocalDate decidedFrom, LocalDate decidedTo,
                                ApplicationSort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public ApplicationFilter {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
        query = blankToNull(query);
        taxCode = blankToNull(taxCode);
        supportItemCode = blankToNull(supportItemCode);
        policyCode = blankToNull(policyCode);
        decisionNumber = blankToNull(decisionNumber);
        sort = sort == null ? ApplicationSort.DEFAULT : sort;
        requireOrdered(filedFrom, filedTo, "filed");
        requireOrdered(decidedFrom, decidedTo, "decided");
    }

    /** A list by status and category only, newest first. */
    public ApplicationFilter(Long organisationId, ApplicationStatus status, Category category, int offset, int limit) {
        this(organisationId, status, category, null, null, null, null, null, null, null, null, null, null, offset, limit);
    }

    /** The same filter for another organisation (an applicant sees only their own). */
    public ApplicationFilter forOrganisation(Long organisation) {
        return new ApplicationFilter(organisation, status, category, query, taxCode, supportItemCode, policyCode,
                decisionNumber, filedFrom, filedTo, decidedFrom, decidedTo, sort, offset, limit);
    }

    /** The same filter, another page. */
    public ApplicationFilter page(int newOffset, int newLimit) {
        return new ApplicationFilter(organisationId, status, category, query, taxCode, supportItemCode, policyCode,
                decisionNumber, filedFrom, filedTo, decidedFrom, decidedTo, sort, newOffset, newLimit);
    }

    /** The query read as a dossier number, when it is one. */
    public Long queryNumber() {
        if (query == null || query.length() > 18 || !query.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(query);
    }

    /** The query as a LIKE pattern for "contains", its wildcards taken literally ({@code !} escapes). */
    public String queryContains() {
        return query == null ? null : "%" + escapeLike(query) + "%";
    }

    /** The query as a LIKE pattern for "starts with". */
    public String queryPrefix() {
        return query == null ? null : escapeLike(query) + "%";
    }

    /** The decision number as a LIKE pattern for "starts with". */
    public String decisionNumberPrefix() {
        return decisionNumber == null ? null : escapeLike(decisionNumber) + "%";
    }

    public Instant filedFromInstant() {
        return filedFrom == null ? null : filedFrom.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    /** The first instant after the last day: the bound is exclusive so the whole day counts. */
    public Instant filedBeforeInstant() {
        return filedTo == null ? null : filedTo.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    private static void requireOrdered(LocalDate from, LocalDate to, String what) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainFailure(FailureCode.INVALID_DATE_RANGE, what + "From must not be after " + what + "To",
                    java.util.Map.of("field", what + "From"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
