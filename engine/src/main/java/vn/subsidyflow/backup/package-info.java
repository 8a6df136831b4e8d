/**
 * Consistent backups of the database with the server's own dump tool; restoring one is a command
 * run with the application stopped ({@code vn.subsidyflow.db.RestoreBackup}).
 */
package vn.subsidyflow.backup;
