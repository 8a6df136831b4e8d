package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** The dossier search over real HTTP: staff find any business's filed dossiers, a business only its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApplicationSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldFindByTaxCodeSortedAndPagedForStaffAndOnlyTheirOwnForABusiness() {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        Api business = scenario.newApplicant();
        long first = scenario.file(business, scenario.iso, 20_000_000L);
        long second = scenario.file(business, scenario.iso, 30_000_000L);
        String taxCode = business.get("/api/v1/organisation").text("taxCode");
        Api other = scenario.newApplicant();
        long elsewhere = scenario.file(other, scenario.iso, 20_000_000L);

        Api.Response page = scenario.as("auditor").get("/api/v1/applications?taxCode=" + taxCode + "&sort=id,desc&limit=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        assertThat(ids(page.body())).containsExactly(second);
        assertThat(page.body().get(0).path("taxCode").asString()).isEqualTo(taxCode);
        assertThat(ids(scenario.as("reviewer").get("/api/v1/applications?q=" + taxCode + "&sort=id,asc").body()))
                .containsExactly(first, second);
        assertThat(ids(scenario.as("reviewer").get("/api/v1/applications?q=" + elsewhere + "&limit=500").body())).contains(elsewhere);

        // A business searching for another's tax code or number finds nothing of it.
        String otherTax = other.get("/api/v1/organisation").text("taxCode");
        Api.Response foreign = business.get("/api/v1/applications?taxCode=" + otherTax);
        assertThat(foreign.header("X-Total-Count")).isEqualTo("0");
        assertThat(ids(business.get("/api/v1/applications?q=" + elsewhere).body())).doesNotContain(elsewhere);

        Api.Response badSort = scenario.as("reviewer").get("/api/v1/applications?sort=title");
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.code()).isEqualTo("INVALID_SORT");
        Api.Response reversed = scenario.as("reviewer").get("/api/v1/applications?decidedFrom=2026-02-01&decidedTo=2026-01-01");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.code()).isEqualTo("INVALID_DATE_RANGE");
    }

    private static List<Long> ids(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.forEach(row -> ids.add(row.path("id").asLong()));
        return ids;
    }
}
