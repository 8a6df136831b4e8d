/**
 * Organisations and the people who sign in for them: an applicant's own organisation and the bank
 * account payments go to (API), and the administrators' page of users and their roles.
 */
package vn.subsidyflow.web.organisation;
