package vn.subsidyflow.catalog;

import java.time.LocalDate;

/**
 * A version of a support policy with its programme total; {@code allocatedVnd} is what its budget
 * lines hold. Its items apply from {@code effectiveFrom} to {@code effectiveTo} (open-ended when
 * null) once it is published: a {@link PolicyVersionStatus#DRAFT} applies on no day.
 */
public record PolicyVersion(long id, String code, String title, String citation, LocalDate effectiveFrom,
                            LocalDate effectiveTo, long totalVnd, long allocatedVnd, boolean example,
                            PolicyVersionStatus status) {

    /** Whether its items are the ones an applicant files under on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return status != PolicyVersionStatus.DRAFT && !day.isBefore(effectiveFrom)
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
