/**
 * Notices to applicants and staff: an outbox written in the transaction of the change that causes
 * each notice, sent by mail by a worker on any node (each message once, retried with back-off), and
 * read in the application as the recipient's list of notifications.
 */
package vn.subsidyflow.notice;
