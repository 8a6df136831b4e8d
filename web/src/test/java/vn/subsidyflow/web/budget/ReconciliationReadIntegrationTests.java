package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;

/**
 * {@code GET /api/v1/budget/reconciliation} reconciles and answers, but records nothing: a read must
 * not write, and a reader polling it must not grow {@code ledger_reconciliation}, which holds the
 * schedule's runs (the schedule is off here, so any new row would be the GET's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "subsidyflow.reconciliation.enabled=false")
@ActiveProfiles("demo")
class ReconciliationReadIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldAnswerTheReconciliationWithoutRecordingARun() {
        long before = runs();
        Api finance = Api.as(port, "finance", "demo");

        for (int i = 0; i < 2; i++) {
            Api.Response answer = finance.get("/api/v1/budget/reconciliation");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.body().path("consistent").asBoolean()).as(answer.toString()).isTrue();
            assertThat(answer.body().path("checkedAt").asString()).isNotBlank();
            assertThat(answer.body().path("lines").isArray()).isTrue();
        }

        assertThat(runs()).isEqualTo(before);
    }

    private long runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_reconciliation", Long.class);
    }
}
