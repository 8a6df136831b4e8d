/**
 * Deadlines that act: the procedure's processing time, the appointment date, the clock that pauses
 * while the dossier waits for the applicant, and what happens when a date passes (a reminder, an
 * escalation with an apology and a new appointment). What it finds is published as events; notices
 * and papers listen.
 */
package vn.subsidyflow.deadline;
