/**
 * Printing: a Thymeleaf template of well-formed XHTML under {@code print/} rendered to a PDF with
 * the DejaVu fonts shipped in {@code fonts/} (they cover Vietnamese; their licence is beside them),
 * so a paper prints the same on every machine, whatever fonts it has installed.
 */
package vn.subsidyflow.print;
