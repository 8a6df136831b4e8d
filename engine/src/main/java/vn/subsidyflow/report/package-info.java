/** The Department's period report: supported businesses and đồng per category and fiscal year. */
package vn.subsidyflow.report;
