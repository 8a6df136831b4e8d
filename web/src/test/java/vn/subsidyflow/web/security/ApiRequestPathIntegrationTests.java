package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** What an API call costs besides its own work: no observing wrapper around each security filter, no page session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApiRequestPathIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The settings Spring Security reads before it wraps each filter, authentication and authorisation
     * in an observation (it wraps them whenever metrics handle observations, as in production).
     */
    @Test
    void shouldAskSpringSecurityForNoObservationOfItsFilters() {
        SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
        assertThat(Api.as(port, "deputy", Scenario.PASSWORD).get("/api/v1/tasks?limit=50").status())
                .as("the chain still signs in and authorises").isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/v1/tasks?limit=50").status()).isEqualTo(401);
        assertThat(Api.as(port, "deputy", "not the password").get("/api/v1/tasks?limit=50").status()).isEqualTo(401);
        assertThat(Api.as(port, "applicant1", Scenario.PASSWORD).get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void shouldNeitherOpenNorStoreASessionForBasicAuthCalls() {
        long before = sessions();
        for (String path : new String[] {"/api/v1/tasks?limit=50", "/api/v1/applications", "/api/v1/nothing-here"}) {
            Api.Response answer = Api.as(port, "deputy", Scenario.PASSWORD).get(path);
            assertThat(answer.header("Set-Cookie")).as(path).isNull();
        }
        Api.Response refused = Api.as(port, "deputy", "not the password").get("/api/v1/tasks");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Set-Cookie")).isNull();
        assertThat(sessions()).isEqualTo(before);
    }

    private long sessions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
    }
}
