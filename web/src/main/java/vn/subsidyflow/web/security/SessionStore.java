package vn.subsidyflow.web.security;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import vn.subsidyflow.database.OncePerCluster;

/**
 * Page sessions live in the database (Spring Session JDBC, tables {@code SPRING_SESSION*}), so any
 * node serves any request of a signed-in user and a node that goes away signs nobody out; the load
 * balancer needs no sticky sessions. The rules of the session stay where they were: its timeout
 * ({@link SessionSettings}, set at sign-in), a new id at sign-in, the sign-out, the cookie only.
 * <p>
 * Spring Session's own cleanup runs on every node every minute ({@code spring.session.jdbc.cleanup-cron}
 * is switched off in application.yml); this one deletes the expired sessions once per cluster.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore implements SchedulingConfigurer {

    static final String CLEANUP_LOCK = "session-cleanup";
    private static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final OncePerCluster cluster;

    SessionStore(ObjectProvider<JdbcIndexedSessionRepository> sessions, OncePerCluster cluster) {
        this.sessions = sessions;
        this.cluster = cluster;
    }

    /**
     * The cookie keeps its name ({@code JSESSIONID}: sign-out deletes it by that name) and carries the
     * session id as it is, not Base64-encoded, so a cookie naming a session that no longer exists is
     * read as an expired session (sent to "/login?expired") rather than ignored as undecodable.
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie() {
        return cookie -> {
            cookie.setCookieName("JSESSIONID");
            cookie.setUseBase64Encoding(false);
            cookie.setUseHttpOnlyCookie(true);
        };
    }

    /** In front of the session store (Spring Session's filter is at {@code Integer.MIN_VALUE + 50}). */
    @Bean
    FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage() {
        FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(new SessionStoreOutage());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::cleanUp, EVERY, EVERY));
    }

    void cleanUp() {
        JdbcIndexedSessionRepository repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        try {
            cluster.run(CLEANUP_LOCK, EVERY.multipliedBy(10), EVERY.multipliedBy(9).dividedBy(10), repository::cleanUpExpiredSessions);
        } catch (RuntimeException e) {
            log.warn("Expired page sessions could not be deleted; the next minute tries again: {}", e.getMessage());
        }
    }
}
