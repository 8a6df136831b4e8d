/** The administrator's backup endpoint. */
package vn.subsidyflow.web.backup;
