/** The small shared kernel: who acts, roles, and the domain failures every feature raises. */
package vn.subsidyflow.shared;
