/** Payments to beneficiaries through the State Treasury: tranches, idempotency, and the ledger movement they make. */
package vn.subsidyflow.disbursement;
