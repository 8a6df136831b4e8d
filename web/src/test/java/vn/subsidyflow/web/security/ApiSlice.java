package vn.subsidyflow.web.security;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.subsidyflow.web.problem.ProblemSlice;

/**
 * The real API security (HTTP Basic through the throttled provider, the URL rules, the problem
 * answers for 401/403/429) for a {@code @WebMvcTest}: {@link SecurityConfiguration} as it is, over a
 * fixed set of users in place of the account table. Every password is {@code demo}; applicants
 * belong to organisation 1 (applicant1) or 2 (applicant2).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ProblemSlice.class, CurrentActor.class})
public class ApiSlice {

    public static final String PASSWORD = "demo";

    private static final Map<String, String[]> ROLES = Map.of(
            "applicant1", new String[] {"APPLICANT"},
            "applicant2", new String[] {"APPLICANT"},
            "intake", new String[] {"INTAKE"},
            "reviewer", new String[] {"REVIEWER"},
            "approver", new String[] {"APPROVER"},
            "finance", new String[] {"FINANCE"},
            "admin", new String[] {"ADMIN"},
            "auditor", new String[] {"AUDITOR"});

    /** Signs the request in as this user with HTTP Basic, through the real provider and throttle. */
    public static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users() {
        return username -> {
            String[] roles = ROLES.get(username);
            if (roles == null) {
                throw new UsernameNotFoundException(username);
            }
            Long organisationId = switch (username) {
                case "applicant1" -> 1L;
                case "applicant2" -> 2L;
                default -> null;
            };
            return new SubsidyFlowUser(username, "{noop}" + PASSWORD, true,
                    Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), organisationId,
                    username);
        };
    }
}
