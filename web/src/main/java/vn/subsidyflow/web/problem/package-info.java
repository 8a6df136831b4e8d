/** Every refusal as RFC 9457 problem+json with a stable {@code code}, mapped once. */
package vn.subsidyflow.web.problem;
