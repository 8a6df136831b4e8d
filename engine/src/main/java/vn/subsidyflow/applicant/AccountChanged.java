package vn.subsidyflow.applicant;

/**
 * Published inside the transaction of every change recorded on an account (created, details, roles,
 * enabled or disabled, password reset or changed), so what remembers signed-in accounts can forget
 * this one once the change is committed.
 */
public record AccountChanged(String username) {
}
