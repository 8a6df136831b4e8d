package vn.subsidyflow.budget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Exactly-once for requests that move money (Stripe-style {@code Idempotency-Key}). The key is
 * claimed by inserting its row, the command runs, and its response is stored — all in one
 * transaction. A concurrent replay blocks on the row until the first commits, then reads the stored
 * response; a replay after a failure (rolled back with its claim) runs afresh. The same key with
 * another request is refused with {@code IDEMPOTENCY_KEY_REUSED}. Keys are per user.
 */
@Service
public class IdempotentRequests {

    /** A response as first given: HTTP status and JSON body; {@code replayed} when read back. */
    public record StoredResponse(int status, String body, boolean replayed) {

        public static StoredResponse of(int status, String body) {
            return new StoredResponse(status, body, false);
        }
    }

    private final IdempotencyMapper mapper;
    private final Transactions transactions;

    IdempotentRequests(IdempotencyMapper mapper, Transactions transactions) {
        this.mapper = mapper;
        this.transactions = transactions;
    }

    /** Runs {@code command} once per (user, key); without a key, simply once, in one transaction. */
    public StoredResponse execute(Actor actor, String key, String fingerprint, Supplier<StoredResponse> command) {
        if (key == null) {
            return transactions.inTransaction(command);
        }
        if (key.isBlank() || key.length() > 200) {
            throw new DomainFailure(FailureCode.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1–200 characters", Map.of("field", "Idempotency-Key"));
        }
        return transactions.inTransaction(() -> {
            if (mapper.claim(actor.username(), key, fingerprint) == 0) {
                IdempotencyMapper.Stored stored = mapper.find(actor.username(), key);
                if (!stored.fingerprint().equals(fingerprint)) {
                    throw new DomainFailure(FailureCode.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was already used for a different request", Map.of("idempotencyKey", key));
                }
                return new StoredResponse(stored.responseStatus(), stored.responseBody(), true);
            }
            StoredResponse response = command.get();
            mapper.complete(actor.username(), key, response.status(), response.body());
            return response;
        });
    }

    /** A stable digest of the parts of a request (method, path, canonical body). */
    public static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
