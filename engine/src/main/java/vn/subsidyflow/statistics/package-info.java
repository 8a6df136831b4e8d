/** The leaders' statistics of the procedure: dossiers received and settled, the on-time rate, time per step, overdue work. */
package vn.subsidyflow.statistics;
