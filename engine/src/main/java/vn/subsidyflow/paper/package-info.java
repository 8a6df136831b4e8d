/**
 * Official papers: the receipt, the request for supplement, the refusal, the apology, the support
 * decision and the payment notice, rendered to PDF, numbered per kind and year and kept unchanged
 * (with their SHA-256). Issued when the dossier's change that calls for them is saved.
 */
package vn.subsidyflow.paper;
