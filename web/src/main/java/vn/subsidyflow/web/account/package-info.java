/** Accounts: the administrators' API and pages for staff accounts, and everyone's own password. */
package vn.subsidyflow.web.account;
