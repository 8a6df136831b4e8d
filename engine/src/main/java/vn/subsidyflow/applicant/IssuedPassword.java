package vn.subsidyflow.applicant;

/** An account with the temporary password just given to it: shown once, stored only as a hash. */
public record IssuedPassword(UserAccount account, String temporaryPassword) {
}
