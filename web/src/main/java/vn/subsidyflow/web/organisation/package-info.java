/** The applicant's own organisation: its details and the bank account payments go to. */
package vn.subsidyflow.web.organisation;
