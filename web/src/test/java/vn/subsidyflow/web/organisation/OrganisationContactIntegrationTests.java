package vn.subsidyflow.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** A business keeps its contact details through the API; each change is in the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class OrganisationContactIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBusinessChangesItsContactDetailsAndAnInvalidOneChangesNothing() {
        Scenario scenario = Scenario.create(port, 0, 0, 0);
        Api business = scenario.newApplicant();
        String taxCode = business.get("/api/v1/organisation").text("taxCode");

        // An address of this business alone: other tests of the same database change contact details too.
        String email = "moi." + taxCode + "@example.vn";
        Api.Response changed = business.put("/api/v1/organisation/contact",
                Map.of("phone", "+84 912 345 678", "email", email, "address", "Cẩm Xuyên, Hà Tĩnh"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("phone")).isEqualTo("+84912345678");
        assertThat(changed.text("taxCode")).isEqualTo(taxCode);
        Api.Response read = business.get("/api/v1/organisation");
        assertThat(read.text("email")).isEqualTo(email);
        assertThat(read.text("address")).isEqualTo("Cẩm Xuyên, Hà Tĩnh");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CONTACT_CHANGED' AND detail LIKE ?",
                Long.class, "%" + email + "%")).isEqualTo(1);

        Api.Response refused = business.put("/api/v1/organisation/contact", Map.of("email", "not an address", "address", "Hà Tĩnh"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("INVALID_INPUT");
        assertThat(refused.text("field")).isEqualTo("email");
        Api.Response noAddress = business.put("/api/v1/organisation/contact", Map.of("email", "a@b.vn"));
        assertThat(noAddress.status()).isEqualTo(422);
        assertThat(business.get("/api/v1/organisation").text("email")).isEqualTo(email);
    }
}
