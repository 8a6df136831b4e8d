package vn.subsidyflow.budget;

import java.util.UUID;
import vn.subsidyflow.shared.Actor;

/**
 * The ledger's idempotency key for a movement a user asked for with an {@code Idempotency-Key}.
 * The ledger's keys are unique across all users, while a client's key is only unique for that
 * client: so the caller is part of the ledger key, or a second user sending the same header would
 * be told "done" while nothing moved. Shape: {@code operation:clientKey@callerTag}, where the
 * caller tag is a fixed-length digest of the username (usernames may contain '@' or ':', a digest
 * of fixed length keeps the parts unambiguous). A client key too long to fit the column (less room
 * for a suffix such as {@code :line:42}) is replaced by its digest.
 */
public final class LedgerKeys {

    /** The column holds 200; 20 are left for a suffix when one request writes several entries. */
    private static final int COLUMN = 180;
    private static final int CALLER_TAG = 16;

    private LedgerKeys() {
    }

    /** The ledger key for {@code operation} asked by {@code actor}; a fresh one when no key was sent. */
    public static String of(String operation, Actor actor, String idempotencyKey) {
        if (idempotencyKey == null) {
            return operation + ":" + UUID.randomUUID();
        }
        String tag = IdempotentRequests.fingerprint(actor.username()).substring(0, CALLER_TAG);
        String key = idempotencyKey;
        if (operation.length() + 2 + key.length() + CALLER_TAG > COLUMN) {
            key = "sha256:" + IdempotentRequests.fingerprint(idempotencyKey);
        }
        return operation + ":" + key + "@" + tag;
    }
}
