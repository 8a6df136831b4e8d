/** Applicant organisations (tax code validated), user accounts and their roles, self-registration. */
package vn.subsidyflow.applicant;
