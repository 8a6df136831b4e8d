/**
 * The Flowable edge: starts and cancels dossier processes, completes tasks, keeps the inbox read
 * model in step with task events, and hosts the service-task delegates the BPMN names by verb.
 * Flowable types stay in this package.
 */
package vn.subsidyflow.process;
