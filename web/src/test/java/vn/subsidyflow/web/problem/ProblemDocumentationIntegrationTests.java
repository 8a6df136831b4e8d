package vn.subsidyflow.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.shared.ProblemCode;
import vn.subsidyflow.web.support.Api;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ProblemDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldListEveryCataloguedCodeWithItsStatusesInTheOpenApiDocument() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);

        JsonNode code = docs.body().path("components").path("schemas").path("Problem").path("properties").path("code");
        List<String> listed = new ArrayList<>();
        code.path("enum").forEach(value -> listed.add(value.asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ProblemCatalogue.all().stream().map(ProblemCode::name).toList());

        String description = code.path("description").asString();
        assertThat(description).contains("- `FISCAL_YEAR_CLOSED` (409, 422): ", "- `MALFORMED_REQUEST` (400): ",
                "- `DOCUMENT_TOO_LARGE` (413, 422): ", "- `APPLICATION_NOT_FOUND` (404): ");
        assertThat(ProblemCatalogue.all()).allSatisfy(c -> assertThat(description)
                .contains("- `" + c.name() + "` (" + ProblemCatalogue.statusText(c) + "): " + c.meaning()));
    }
}
