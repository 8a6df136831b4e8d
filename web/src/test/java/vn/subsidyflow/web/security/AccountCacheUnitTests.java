package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.shared.Role;

class AccountCacheUnitTests {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final AccountCache cache = new AccountCache(new AccountCacheSettings(Duration.ofSeconds(30), 100), nanos::get);

    @Test
    void shouldReadAnAccountOnceWithinTheTimeToLiveAndAgainAfterIt() {
        assertThat(cache.get("intake", read(account("intake", 1)))).isPresent();
        assertThat(cache.get("intake", read(account("intake", 1)))).isPresent();
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("intake", read(account("intake", 2))).orElseThrow().credentialsVersion()).isEqualTo(1);
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("intake", read(account("intake", 2))).orElseThrow().credentialsVersion())
                .as("a change made on another node is seen after the time to live").isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldForgetEveryAccountWhenOneChanges() {
        cache.get("intake", read(account("intake", 1)));
        cache.get("reviewer", read(account("reviewer", 1)));
        cache.forgetAll();
        assertThat(cache.get("intake", read(account("intake", 2))).orElseThrow().credentialsVersion()).isEqualTo(2);
        assertThat(cache.get("reviewer", read(account("reviewer", 2))).orElseThrow().credentialsVersion()).isEqualTo(2);
        assertThat(reads).hasValue(4);
    }

    @Test
    void shouldNotRememberWhatWasReadWhileAnAccountChanged() {
        Optional<UserAccount> before = cache.get("intake", () -> {
            reads.incrementAndGet();
            cache.forgetAll();
            return Optional.of(account("intake", 1));
        });
        assertThat(before.orElseThrow().credentialsVersion()).as("the request itself uses what it read").isEqualTo(1);
        assertThat(cache.get("intake", read(account("intake", 2))).orElseThrow().credentialsVersion()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldNeverRememberAnUnknownUsername() {
        assertThat(cache.get("newcomer", read(null))).isEmpty();
        assertThat(cache.get("newcomer", read(account("newcomer", 0)))).isPresent();
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldReadEveryTimeWithNoTimeToLive() {
        AccountCache none = new AccountCache(new AccountCacheSettings(Duration.ZERO, 100), nanos::get);
        none.get("intake", read(account("intake", 1)));
        none.get("intake", read(account("intake", 1)));
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldStayWithinItsSize() {
        AccountCache small = new AccountCache(new AccountCacheSettings(Duration.ofSeconds(30), 2), nanos::get);
        small.get("a", read(account("a", 1)));
        small.get("b", read(account("b", 1)));
        small.get("c", read(account("c", 1)));
        small.get("c", read(account("c", 1)));
        assertThat(reads).hasValue(3);
        small.get("a", read(account("a", 1)));
        assertThat(reads).as("the full cache was emptied to take c").hasValue(4);
    }

    private Supplier<Optional<UserAccount>> read(UserAccount account) {
        return () -> {
            reads.incrementAndGet();
            return Optional.ofNullable(account);
        };
    }

    private static UserAccount account(String username, int credentialsVersion) {
        return new UserAccount(1L, username, "{bcrypt}x", username, null, null, null, null, true, false, credentialsVersion,
                Set.of(Role.INTAKE));
    }
}
