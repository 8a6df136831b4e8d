/** Working days and public holidays (an admin-maintained table); due dates of staff steps. */
package vn.subsidyflow.calendar;
