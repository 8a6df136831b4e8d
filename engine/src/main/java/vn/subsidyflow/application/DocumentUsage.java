package vn.subsidyflow.application;

/** How many documents a dossier holds, and their bytes in total. */
record DocumentUsage(long count, long bytes) {
}
