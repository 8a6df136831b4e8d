package vn.subsidyflow.shared;

/** Money is whole đồng in a {@code long}: VND has no minor unit. */
public final class Money {

    /** Support amounts are rounded down to this step. */
    public static final long ROUNDING_STEP_VND = 1_000;

    /**
     * The largest amount any request may name: far above any real cost (a million tỷ đồng), and small
     * enough that nothing overflows — rate × cost stays below 10^17, and a line's balances are bounded
     * by its programme's total, itself at most this, so sums stay far inside a {@code long} and the
     * {@code BIGINT} columns (9.2 × 10^18). The API refuses larger amounts before they reach the domain.
     */
    public static final long MAX_AMOUNT_VND = 1_000_000_000_000_000L;

    private Money() {
    }

    /** {@code min(rate% × cost, cap)}, rounded down to {@link #ROUNDING_STEP_VND}. */
    public static long supportFor(long eligibleCostVnd, int ratePct, long capVnd) {
        long byRate = Math.multiplyExact(eligibleCostVnd, (long) ratePct) / 100;
        long capped = Math.min(byRate, capVnd);
        return capped - capped % ROUNDING_STEP_VND;
    }

    public static void requirePositive(String field, long amountVnd) {
        if (amountVnd <= 0 || amountVnd > MAX_AMOUNT_VND) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, field + " must be a whole number of đồng between 1 and " + MAX_AMOUNT_VND);
        }
    }
}
