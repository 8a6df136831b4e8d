package vn.subsidyflow.web.budget;

import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.subsidyflow.budget.IdempotentRequests;
import vn.subsidyflow.budget.IdempotentRequests.StoredResponse;
import vn.subsidyflow.shared.Actor;

/**
 * Runs a request that moves money exactly once per {@code Idempotency-Key}: the response is
 * rendered to JSON inside the command's transaction and stored with it, so a replay — sequential or
 * concurrent — gets the very same status and body (marked {@code Idempotent-Replayed: true}).
 */
@Component
public class MoneyRequests {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final JsonMapper json;

    MoneyRequests(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /** {@code command} returns the status and body; runs in one transaction with the key's claim. */
    public ResponseEntity<String> execute(Actor actor, String key, String method, String path, Object requestBody,
                                          Supplier<ResponseEntity<?>> command) {
        String fingerprint = IdempotentRequests.fingerprint(method, path, json.writeValueAsString(requestBody));
        StoredResponse response = requests.execute(actor, key, fingerprint, () -> {
            ResponseEntity<?> result = command.get();
            return StoredResponse.of(result.getStatusCode().value(), json.writeValueAsString(result.getBody()));
        });
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON);
        if (response.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(response.body());
    }
}
