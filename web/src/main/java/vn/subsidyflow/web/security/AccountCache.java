package vn.subsidyflow.web.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.subsidyflow.applicant.UserAccount;

/**
 * Accounts loaded to sign requests in, remembered for a short time: an API client signs in with HTTP
 * Basic on every call, and reading the account and its roles again each time was one statement per
 * request.
 *
 * <p>It never weakens a change: every account change on this node forgets everything remembered as
 * soon as the change is committed, and a load that was under way while a change committed is used
 * for its own request but not remembered (it may have read the account as it was before). A change
 * made on another node is seen here within the time to live. Unknown usernames are never
 * remembered, so an account created anywhere can sign in at once.
 *
 * <p>What is remembered is the account as read; the caller builds a fresh {@code UserDetails} from
 * it each time, because Spring Security erases the password of the one it authenticated.
 */
final class AccountCache {

    private record Entry(UserAccount account, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final long timeToLiveNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    AccountCache(AccountCacheSettings settings) {
        this(settings, System::nanoTime);
    }

    AccountCache(AccountCacheSettings settings, LongSupplier nanoTime) {
        this.timeToLiveNanos = settings.timeToLive().toNanos();
        this.maxEntries = settings.maxEntries();
        this.nanoTime = nanoTime;
    }

    /** The account remembered under this username, or what {@code load} reads now (remembered if found). */
    Optional<UserAccount> get(String username, Supplier<Optional<UserAccount>> load) {
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(username);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Optional.of(entry.account());
        }
        long changesBefore = changes.get();
        Optional<UserAccount> loaded = load.get();
        if (loaded.isEmpty() || timeToLiveNanos == 0) {
            entries.remove(username);
            return loaded;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(username, new Entry(loaded.get(), now + timeToLiveNanos));
        if (changes.get() != changesBefore) {
            // An account changed while this one was read: what was read may predate the change.
            entries.remove(username);
        }
        return loaded;
    }

    /**
     * Forgets every account: usernames may match in other letter cases (the column's collation), so
     * forgetting one key could leave the same account under another; changes are rare.
     */
    void forgetAll() {
        changes.incrementAndGet();
        entries.clear();
    }
}
