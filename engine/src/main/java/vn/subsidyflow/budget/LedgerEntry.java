package vn.subsidyflow.budget;

import java.time.Instant;

/** One append-only movement. {@code amountVnd} is always positive; the type gives the direction. */
public record LedgerEntry(Long id, long lineId, EntryType entryType, long amountVnd, Long applicationId, Long otherLineId,
                          String actor, String reason, String documentRef, String idempotencyKey, Instant occurredAt) {
}
