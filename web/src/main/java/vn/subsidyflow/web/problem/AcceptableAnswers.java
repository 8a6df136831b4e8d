package vn.subsidyflow.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a write to the API whose client accepts no JSON answer (e.g. {@code Accept:
 * application/xml}) before the controller runs. Left to content negotiation, the refusal comes
 * after the change is committed: the client is told 406 while its top-up went through.
 */
@Configuration(proxyBeanMethods = false)
class AcceptableAnswers implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return true;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getQualityValue() > 0 && ANSWERS.stream().anyMatch(type::isCompatibleWith)) {
                    return true;
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            // an Accept header that cannot be read accepts nothing we can name
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
