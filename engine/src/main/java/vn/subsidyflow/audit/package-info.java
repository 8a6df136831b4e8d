/** One append-only trail of who did what, when, from where, to which dossier. The database refuses updates and deletes. */
package vn.subsidyflow.audit;
