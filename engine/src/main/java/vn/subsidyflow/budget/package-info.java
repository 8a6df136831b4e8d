/**
 * Allocations and the append-only ledger. Balances change only together with their entry, by a
 * conditional update that cannot overspend; a reconciliation proves balances equal the entries.
 */
package vn.subsidyflow.budget;
