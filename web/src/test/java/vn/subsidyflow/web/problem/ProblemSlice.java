package vn.subsidyflow.web.problem;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a controller slice needs of the API's failure handling besides {@link ProblemHandler} (which
 * the slice picks up as controller advice): the strict JSON reader, the problem writer the security
 * filters use, and the resolver for failures before a controller is chosen.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StrictJson.class, ProblemWriter.class, ProblemAnswers.class, ApiFailureResolver.class})
public class ProblemSlice {
}
