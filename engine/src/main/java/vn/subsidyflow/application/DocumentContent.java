package vn.subsidyflow.application;

/** A document's bytes, for download. */
public record DocumentContent(ApplicationDocument document, byte[] content) {
}
