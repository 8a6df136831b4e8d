/**
 * Database plumbing: the data source (an external MySQL 8 / MariaDB 11 server, or the embedded
 * MariaDB for a zero-setup start), start-up ordering between Flyway and Flowable, and retried
 * transactions.
 */
package vn.subsidyflow.database;
