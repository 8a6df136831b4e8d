package vn.subsidyflow.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import vn.subsidyflow.web.problem.ProblemWriter;

/**
 * The API uses HTTP Basic, stateless, without CSRF tokens (no cookies to ride on). Every rule on
 * who may do what to which dossier lives in the engine; these URL rules only keep anonymous and
 * wrong-role callers out early.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/registrations").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/support-items").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/budget/**").hasAnyRole("FINANCE", "ADMIN", "AUDITOR", "APPROVER")
                        .requestMatchers("/api/v1/budget/**").hasAnyRole("FINANCE", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAnyRole("ADMIN", "AUDITOR", "FINANCE", "APPROVER")
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "AUDITOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(response, 401, "UNAUTHENTICATED", "Sign in with HTTP Basic to use this API")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(response, 401, "UNAUTHENTICATED", "Sign in with HTTP Basic to use this API"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, 403, "FORBIDDEN", "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
