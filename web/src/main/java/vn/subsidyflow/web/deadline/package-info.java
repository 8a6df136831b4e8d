/** Deadlines that act, on the web: the overdue steps approvers follow up, and a dossier's timeline. */
package vn.subsidyflow.web.deadline;
