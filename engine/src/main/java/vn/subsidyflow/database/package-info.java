/**
 * Database plumbing: the data source (an external MySQL 8 / MariaDB 11 server, or the embedded
 * MariaDB for a zero-setup start) and its settings, start-up ordering between Flyway and Flowable,
 * and retried transactions, where every command's transaction starts.
 */
package vn.subsidyflow.database;
