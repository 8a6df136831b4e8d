package vn.subsidyflow.budget;

import java.time.Instant;
import java.util.List;

/** The proof that every balance equals the sum of its entries and every programme total holds. */
public record Reconciliation(Instant checkedAt, List<LineReconciliation> lines, List<ProgrammeReconciliation> programmes) {

    public boolean consistent() {
        return lines.stream().allMatch(LineReconciliation::consistent)
                && programmes.stream().allMatch(ProgrammeReconciliation::consistent);
    }

    public List<LineReconciliation> mismatchedLines() {
        return lines.stream().filter(line -> !line.consistent()).toList();
    }

    public List<ProgrammeReconciliation> mismatchedProgrammes() {
        return programmes.stream().filter(programme -> !programme.consistent()).toList();
    }
}
