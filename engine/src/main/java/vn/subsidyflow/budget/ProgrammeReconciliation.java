package vn.subsidyflow.budget;

/** A programme's reserved allocation against its total and the sum of its lines. */
public record ProgrammeReconciliation(long policyVersionId, String code, long totalVnd, long allocatedVnd,
                                      long linesAllocatedVnd) {

    public boolean consistent() {
        return allocatedVnd == linesAllocatedVnd && allocatedVnd <= totalVnd;
    }
}
