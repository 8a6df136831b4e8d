package vn.subsidyflow.paper;

/** An issued paper as a file: its PDF bytes and the name to give them (e.g. {@code TNHS-12-2026.pdf}). */
public record PaperFile(long paperId, String fileName, byte[] pdf) {
}
