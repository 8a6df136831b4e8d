package vn.subsidyflow.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address in token buckets: each failure takes a
 * token, tokens come back evenly over the window, and an empty bucket refuses further attempts until
 * one is back. Only failures take tokens, so users who type their password right are never slowed,
 * and a guesser pays at most a few bcrypt checks per window instead of one per request.
 *
 * <p>The buckets live in memory per node (a guesser spread over several nodes gets each node's
 * allowance; with the defaults that still caps guessing at a few dozen an hour per account). The
 * cache is bounded; an entry is dropped once its window has passed without a failure.
 *
 * <p>The address is the request's remote address. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that it is the client's, not the proxy's (otherwise
 * every client shares the proxy's allowance); forwarded headers are not trusted by default because
 * any client could forge them to get a fresh allowance per request.
 */
class SignInThrottle {

    private final SignInThrottleSettings settings;
    private final Cache<String, Bucket> buckets;

    SignInThrottle(SignInThrottleSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().maximumSize(settings.maxTracked()).expireAfterAccess(settings.window()).build();
    }

    /** How long the account or the address must wait before another attempt; empty when it may try now. */
    Optional<Duration> waitBefore(String username, String address) {
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Bucket bucket = buckets.getIfPresent(key);
            if (bucket != null) {
                long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                if (nanos > wait.toNanos()) {
                    wait = Duration.ofNanos(nanos);
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed sign-in against the account and the address. */
    void failed(String username, String address) {
        for (String key : keys(username, address)) {
            int capacity = key.startsWith("account:") ? settings.accountFailures() : settings.addressFailures();
            buckets.get(key, k -> newBucket(capacity)).tryConsume(1);
        }
    }

    private Bucket newBucket(int capacity) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, settings.window()).build()).build();
    }

    private static String[] keys(String username, String address) {
        String account = "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
        return address == null ? new String[] {account} : new String[] {account, "address:" + address};
    }
}
