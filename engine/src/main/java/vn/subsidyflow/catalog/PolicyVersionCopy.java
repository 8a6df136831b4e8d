package vn.subsidyflow.catalog;

import java.time.LocalDate;

/**
 * A new DRAFT made from an existing version with all its items, as an administrator starts a new
 * resolution from the one in force. {@code citation} and {@code totalVnd} are the source's when null.
 */
public record PolicyVersionCopy(String newCode, String name, LocalDate effectiveFrom, String citation, Long totalVnd) {
}
