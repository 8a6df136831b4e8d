/**
 * The dossier aggregate: a guarded state machine (a transition from the wrong state is refused by
 * the aggregate itself, whatever the BPMN says), its documents, and the read side for lists.
 */
package vn.subsidyflow.application;
