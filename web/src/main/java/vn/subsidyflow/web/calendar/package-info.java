/** The working-day calendar as people see it: the holidays page of the administration. */
package vn.subsidyflow.web.calendar;
