/**
 * The steps staff and applicants take on a dossier's tasks — intake, supplement, appraisal,
 * decision, completion evidence, verification, payment — and the inbox read model they work from.
 */
package vn.subsidyflow.review;
