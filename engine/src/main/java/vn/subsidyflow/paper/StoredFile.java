package vn.subsidyflow.paper;

/** A paper's stored PDF and the SHA-256 recorded with it. */
record StoredFile(String sha256, byte[] pdf) {
}
