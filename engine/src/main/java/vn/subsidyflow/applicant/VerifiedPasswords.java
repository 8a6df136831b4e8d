package vn.subsidyflow.applicant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its stored hash, so a stateless API client
 * sending HTTP Basic on every call pays the deliberately slow bcrypt check once, not on every
 * request (bcrypt costs ~50–100 ms of CPU on these 2-core machines: at 15 calls a dossier
 * lifecycle it alone capped throughput at a few lifecycles a second).
 *
 * <p>The cache key is an HMAC-SHA-256 of the stored hash and the password under a key drawn at
 * random when the process starts and never stored: a heap dump of the cache holds no password and
 * nothing an attacker could test guesses against offline (a plain fast hash would be a free,
 * unsalted oracle for dictionary attacks, bypassing bcrypt's cost). Entries exist only in memory,
 * only for passwords that matched, and a changed password (a new stored hash with a new salt)
 * never hits an old entry.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private static final String HMAC = "HmacSHA256";

    private final PasswordEncoder delegate;
    private final SecretKeySpec cacheKey;
    private final ConcurrentHashMap<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.cacheKey = new SecretKeySpec(random, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        long now = System.nanoTime();
        Long until = verifiedUntil.get(key);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(key, now + TIME_TO_LIVE.toNanos());
        } else if (until != null) {
            verifiedUntil.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** The cache key; package-visible so a test can prove it is neither the password nor its plain hash. */
    String key(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(cacheKey);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys held now, for tests. */
    java.util.Set<String> keys() {
        return java.util.Set.copyOf(verifiedUntil.keySet());
    }
}
