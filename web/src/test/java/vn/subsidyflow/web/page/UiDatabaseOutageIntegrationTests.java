package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.web.support.DedicatedNode;
import vn.subsidyflow.web.support.RealHttp;

/**
 * The database stops while a member of staff works in the pages: they see the "temporarily
 * unavailable" page (503, in their language, with Retry-After), not the page of a bug (500), and the
 * same page works again once the database is back. Runs on a MariaDB server of its own.
 */
class UiDatabaseOutageIntegrationTests {

    private static DedicatedNode node;

    @BeforeAll
    static void start() {
        node = DedicatedNode.start("mariadb-ui-outage", "ui_outage", "--subsidyflow.db.pool-size=5");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldShowTheUnavailablePageWhileTheDatabaseIsDownThenTheInboxAgain() {
        int port = node.port();
        RealHttp reviewer = RealHttp.signedIn(port, "reviewer", "demo");
        assertThat(reviewer.get("/inbox").statusCode()).isEqualTo(200);

        node.server().stop();
        try {
            HttpResponse<String> vietnamese = reviewer.get("/inbox");
            assertThat(vietnamese.statusCode()).as(vietnamese.body()).isEqualTo(503);
            assertThat(vietnamese.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(vietnamese.body()).contains("Hệ thống tạm thời gián đoạn").contains("503")
                    .doesNotContain("Đã có lỗi xảy ra");
            HttpResponse<String> english = reviewer.get("/inbox", "en");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("Temporarily unavailable").doesNotContain("Something went wrong");
        } finally {
            node.server().start();
        }
        assertThat(reviewer.get("/inbox").statusCode()).isEqualTo(200);
    }
}
