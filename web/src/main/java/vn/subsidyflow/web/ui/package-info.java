/**
 * The server-rendered web application (Thymeleaf, Vietnamese first): the applicant portal, the
 * staff inbox, the finance dashboard and administration. Holds no business rule: every page calls
 * the engine's services, and every refusal comes from the engine.
 */
package vn.subsidyflow.web.ui;
