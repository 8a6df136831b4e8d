package vn.subsidyflow.catalog;

import java.time.LocalDate;

/** A version of a support policy with its programme total; {@code allocatedVnd} is what its budget lines hold. */
public record PolicyVersion(long id, String code, String title, String citation, LocalDate effectiveFrom,
                            LocalDate effectiveTo, long totalVnd, long allocatedVnd, boolean example) {
}
