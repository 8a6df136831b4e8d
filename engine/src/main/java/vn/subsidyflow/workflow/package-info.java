/**
 * The contract between the dossier's BPMN and the code: the steps people take (user tasks), who
 * takes each, the outcomes each accepts and the deadline it runs under. The BPMN is held to it by
 * a test, so the two cannot drift apart.
 */
package vn.subsidyflow.workflow;
