package vn.subsidyflow.web.budget;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.function.Supplier;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.subsidyflow.budget.IdempotentRequests;
import vn.subsidyflow.budget.IdempotentRequests.StoredResponse;

/**
 * The real {@link MoneyRequests} (how a money POST's answer is rendered and stored) for a controller
 * slice, over a key store that runs every command once and remembers nothing: the replay itself is
 * the engine's, proven on the database by the integration tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MoneyRequests.class)
public class MoneySlice {

    @Bean
    @SuppressWarnings("unchecked")
    IdempotentRequests idempotentRequests() {
        IdempotentRequests requests = Mockito.mock(IdempotentRequests.class);
        given(requests.execute(any(), any(), any(), any()))
                .willAnswer(call -> ((Supplier<StoredResponse>) call.getArgument(3)).get());
        return requests;
    }
}
