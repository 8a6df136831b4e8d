/** The web application: REST API under /api/v1, security, problem+json errors. Holds no business rule. */
package vn.subsidyflow.web;
