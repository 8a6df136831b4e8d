/**
 * Organisations: an applicant's own organisation and the bank account payments go to (API).
 */
package vn.subsidyflow.web.organisation;
