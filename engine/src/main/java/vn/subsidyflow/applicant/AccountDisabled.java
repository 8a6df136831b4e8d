package vn.subsidyflow.applicant;

/**
 * Published inside the transaction that disables an account, so the features that hold work for
 * it (the inbox's claimed tasks) hand that work back in the same commit.
 */
public record AccountDisabled(String username) {
}
