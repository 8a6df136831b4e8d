package vn.subsidyflow.web.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The engine's clock in a test that moves time: the real time until the test sets another, and again
 * after {@link #reset()}. One instance per application context (import {@link Configuration} and
 * autowire it), so a context kept in the test cache, whose workers still run, never sees the time
 * another test class set.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    /** The application's clock is this instance. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Back to the real time. */
    public void reset() {
        now.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant set = now.get();
        return set != null ? set : Instant.now();
    }
}
