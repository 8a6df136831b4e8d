package vn.subsidyflow.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.subsidyflow.catalog.Category;

/** One row of a dossier list. */
public record ApplicationSummary(long id, long organisationId, String organisationName, String supportItemCode,
                                 Category category, String title, ApplicationStatus status, long eligibleCostVnd,
                                 long maxSupportVnd, Long approvedAmountVnd, long paidAmountVnd, Instant submittedAt,
                                 Instant updatedAt, String taxCode, String policyCode, String decisionNumber,
                                 LocalDate decisionDate) {
}
