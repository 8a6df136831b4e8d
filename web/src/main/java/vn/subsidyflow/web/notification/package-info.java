/**
 * Notifications: each user's list of notices (API and page) with the unread count in the page header;
 * for administrators the notices whose mail failed, to send again, and the mail the embedded SMTP
 * server received.
 */
package vn.subsidyflow.web.notification;
