package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * An item's cap is per dossier, per certificate or per product: a dossier claims for a number of
 * certificates or products and its maximum support, which the appraisal may not exceed, follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CapUnitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCapPerCertificateIsMultipliedByTheCertificatesClaimedUpToTheAppraisal() {
        Scenario scenario = Scenario.create(port, 0, 0, 100_000_000L);
        Api business = scenario.newApplicant();
        // 100 % of 60 000 000 đ, capped at 15 000 000 đ per certificate × 3
        Api.Response three = business.post("/api/v1/applications", Map.of("supportItemCode", scenario.trademark,
                "title", "Ba nhãn hiệu", "eligibleCostVnd", 60_000_000L, "unitCount", 3));
        assertThat(three.status()).as(three.toString()).isEqualTo(201);
        assertThat(three.number("maxSupportVnd")).isEqualTo(45_000_000L);
        assertThat(three.number("unitCount")).isEqualTo(3);
        Api.Response one = business.post("/api/v1/applications", Map.of("supportItemCode", scenario.trademark,
                "title", "Một nhãn hiệu", "eligibleCostVnd", 60_000_000L));
        assertThat(one.number("maxSupportVnd")).isEqualTo(15_000_000L);
        assertThat(one.number("unitCount")).isEqualTo(1);

        long id = three.number("id");
        scenario.upload(business, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "IP_FILING", "INVOICE");
        Api.Response submitted = business.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.number("maxSupportVnd")).isEqualTo(45_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        Api.Response above = scenario.complete(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 45_001_000L));
        assertThat(above.code()).as(above.toString()).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
        scenario.completeOk(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 45_000_000L));
    }

    @Test
    void aCountIsRefusedOnAnItemCappedPerDossierAndOutOfRange() {
        Scenario scenario = Scenario.create(port, 0, 0, 0);
        Api business = scenario.newApplicant();
        Api.Response perDossier = business.post("/api/v1/applications", Map.of("supportItemCode", scenario.iso,
                "title", "ISO", "eligibleCostVnd", 60_000_000L, "unitCount", 2));
        assertThat(perDossier.status()).as(perDossier.toString()).isEqualTo(422);
        assertThat(perDossier.code()).isEqualTo("INVALID_INPUT");
        assertThat(perDossier.text("field")).isEqualTo("unitCount");
        Api.Response zero = business.post("/api/v1/applications", Map.of("supportItemCode", scenario.tcvn,
                "title", "TCVN", "eligibleCostVnd", 60_000_000L, "unitCount", 0));
        assertThat(zero.status()).as(zero.toString()).isEqualTo(422);
        assertThat(zero.code()).isEqualTo("VALIDATION_FAILED");
        Api.Response text = business.post("/api/v1/applications", Map.of("supportItemCode", scenario.tcvn,
                "title", "TCVN", "eligibleCostVnd", 60_000_000L, "unitCount", "2"));
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
    }
}
