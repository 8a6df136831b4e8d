package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Concurrently;
import vn.subsidyflow.web.support.Scenario;

/** A "once per business" support item stays once per business when two appraisals race. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class FrequencyLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldLetOnlyOneOfTwoConcurrentAppraisalsPassAOncePerBusinessLimit() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        Api reviewer = scenario.as("reviewer");
        for (int round = 0; round < 4; round++) {
            Api business = scenario.newApplicant();
            long first = scenario.file(business, scenario.iso, 20_000_000L);
            long second = scenario.file(business, scenario.iso, 20_000_000L);
            scenario.completeOk(scenario.as("intake"), first, "intake", Map.of("outcome", "ACCEPT"));
            scenario.completeOk(scenario.as("intake"), second, "intake", Map.of("outcome", "ACCEPT"));
            Map<String, Object> recommend = Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 5_000_000L);
            String firstTask = scenario.taskId(reviewer, first, "appraisal");
            String secondTask = scenario.taskId(reviewer, second, "appraisal");

            List<Api.Response> answers = Concurrently.all(List.<Callable<Api.Response>>of(
                    () -> reviewer.post("/api/v1/tasks/" + firstTask + "/complete", recommend),
                    () -> reviewer.post("/api/v1/tasks/" + secondTask + "/complete", recommend)));

            assertThat(answers).as("round " + round + ": " + answers).extracting(Api.Response::status)
                    .containsExactlyInAnyOrder(200, 422);
            assertThat(answers).extracting(Api.Response::code).contains("FREQUENCY_LIMIT_REACHED");
        }
    }
}
