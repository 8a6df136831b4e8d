package vn.subsidyflow.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.ProblemWriter;
import vn.subsidyflow.web.problem.RequestFailure;

/**
 * The API uses HTTP Basic, stateless, without CSRF tokens (no cookies to ride on). Every rule on
 * who may do what to which dossier lives in the engine; these URL rules only keep anonymous and
 * wrong-role callers out early.
 *
 * <p>The web pages have their own chain: form login with a session that expires, CSRF tokens on
 * every form, and friendly error pages instead of problem documents.
 *
 * <p>Both sign in through one provider that refuses attempts for a while after too many failures
 * ({@link SignInThrottle}): the API answers 429 with Retry-After, the login page says how long to wait.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInThrottleSettings.class, SessionSettings.class})
class SecurityConfiguration {

    @Bean
    SignInThrottle signInThrottle(SignInThrottleSettings settings) {
        return new SignInThrottle(settings);
    }

    /**
     * No observation of Spring Security's own filters, authentications and authorisations. Switching
     * them off in application.yml ({@code management.observations.enable.spring.security}) only drops
     * the spans: every filter of every request was still wrapped in an observing decorator that looked
     * up names and opened a no-op observation (about a tenth of a cheap API call's CPU in a profile).
     * Without this setting the chain is not decorated at all; {@code http.server.requests} stays.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The only provider, so Spring Security's global authentication manager uses it for both chains. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(passwordCheck(users, passwordEncoder), throttle);
    }

    /**
     * The password check. For an unknown username Spring's provider still runs a bcrypt compare against
     * a dummy hash, so the answer takes as long as for a known one and does not reveal which names exist.
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/registrations").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/password-resets", "/api/v1/password-resets/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/support-items").permitAll()
                        // Budget transparency: the decided support of a year is public (paged, bounded).
                        .requestMatchers(HttpMethod.GET, "/api/v1/disclosure").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        // An intake officer files a paper dossier at the one-stop desk for a business, with its scans.
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/counter-filings",
                                "/api/v1/applications/counter-filings/**").hasRole("INTAKE")
                        // Only a business files, completes and withdraws its dossiers and keeps its bank account.
                        .requestMatchers("/api/v1/organisation/**", "/api/v1/organisation").hasRole("APPLICANT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications/*/documents",
                                "/api/v1/applications/*/submit", "/api/v1/applications/*/withdraw").hasRole("APPLICANT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/policy-versions/**", "/api/v1/policy-versions").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/policy-versions/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users/**", "/api/v1/users").hasRole("ADMIN")
                        // Refused before a history file (tens of MB) is read.
                        .requestMatchers("/api/v1/imports/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/notices/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/holidays/**", "/api/v1/holidays").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/holidays/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/budget/**").hasAnyRole("FINANCE", "ADMIN", "AUDITOR", "APPROVER")
                        .requestMatchers("/api/v1/budget/**").hasAnyRole("FINANCE", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/payment-batches/**", "/api/v1/payments/**")
                            .hasAnyRole("FINANCE", "ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/payment-batches/**", "/api/v1/payments/**").hasAnyRole("FINANCE", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAnyRole("ADMIN", "AUDITOR", "FINANCE", "APPROVER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics").hasAnyRole("APPROVER", "ADMIN", "AUDITOR", "FINANCE")
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "AUDITOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthenticated(problems, response, e)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> unauthenticated(problems, response, e))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, FailureCode.FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(CredentialsCheck.forApi(problems), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Why the API caller is not signed in: throttled after too many failures (429), the user store (the
     * database) could not be asked (an outage, not a wrong password: 503), or no or wrong credentials (401).
     */
    private static void unauthenticated(ProblemWriter problems, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            problems.write(response, RequestFailure.TOO_MANY_SIGN_IN_ATTEMPTS, throttled.getMessage());
        } else if (e instanceof InternalAuthenticationServiceException && Transactions.isUnreachable(e)) {
            problems.write(response, FailureCode.DATABASE_UNAVAILABLE, ProblemWriter.UNAVAILABLE_DETAIL);
        } else {
            problems.write(response, RequestFailure.UNAUTHENTICATED, "Sign in with HTTP Basic to use this API");
        }
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, SessionSettings settings, UserDetailsService users) throws Exception {
        int timeoutMinutes = settings.sessionTimeoutMinutes();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/password/forgotten", "/password/reset").permitAll()
                        .requestMatchers("/", "/login", "/signup", "/setup", "/error", "/error/**", "/css/**", "/js/**", "/img/**",
                                "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/disclosure", "/disclosure.csv", "/disclosure.xlsx").permitAll()
                        .requestMatchers("/my/**").hasRole("APPLICANT")
                        .requestMatchers("/inbox/**").hasAnyRole("INTAKE", "REVIEWER", "APPROVER", "FINANCE")
                        .requestMatchers("/counter", "/counter/**").hasRole("INTAKE")
                        .requestMatchers("/cases/**").hasAnyRole("INTAKE", "REVIEWER", "APPROVER", "FINANCE", "ADMIN", "AUDITOR")
                        .requestMatchers("/finance/**").hasAnyRole("FINANCE", "ADMIN", "AUDITOR", "APPROVER")
                        // The period report's page and its exports: the readers of the report API.
                        .requestMatchers(HttpMethod.GET, "/reports/**").hasAnyRole("ADMIN", "AUDITOR", "FINANCE", "APPROVER")
                        .requestMatchers("/statistics", "/statistics/**").hasAnyRole("APPROVER", "ADMIN", "AUDITOR", "FINANCE")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            request.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
                            response.sendRedirect(request.getContextPath() + "/home");
                        })
                        .failureHandler((request, response, e) -> {
                            if (e instanceof SignInThrottled throttled) {
                                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                                response.sendRedirect(request.getContextPath() + "/login?throttled="
                                        + throttled.retryAfterSeconds());
                            } else {
                                response.sendRedirect(request.getContextPath() + "/login?error");
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .addFilterBefore(CredentialsCheck.forPages(users), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "frame-ancestors 'self'; form-action 'self'")));
        return http.build();
    }
}
