/** The leaders' statistics: the dashboard page and its API. */
package vn.subsidyflow.web.statistics;
