package vn.subsidyflow.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.ProblemWriter;

/**
 * Holds every request to the account's credentials as they stand now.
 *
 * <p>API calls sign in afresh on each request (HTTP Basic, the account just loaded), so a disabled
 * account or a changed password is refused by the sign-in itself; here they are held only to a
 * temporary password, which opens nothing but {@code PUT /api/v1/me/password}.
 *
 * <p>A page session carries the account as it was at sign-in, so each request loads the account
 * again: a session opened before the password changed or the account was disabled (a higher
 * credentials version) is ended, and a temporary password leads to the change-password page.
 */
final class CredentialsCheck extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_API = "/api/v1/me/password";
    static final String CHANGE_PASSWORD_PAGE = "/account/password";

    private final UserDetailsService users;
    private final ProblemWriter problems;
    private final boolean api;

    private CredentialsCheck(UserDetailsService users, ProblemWriter problems, boolean api) {
        this.users = users;
        this.problems = problems;
        this.api = api;
    }

    static CredentialsCheck forApi(ProblemWriter problems) {
        return new CredentialsCheck(null, problems, true);
    }

    static CredentialsCheck forPages(UserDetailsService users) {
        return new CredentialsCheck(users, null, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SubsidyFlowUser signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (api) {
            if (signedIn.isPasswordChangeRequired()
                    && !("PUT".equals(request.getMethod()) && CHANGE_PASSWORD_API.equals(path))) {
                problems.write(response, FailureCode.PASSWORD_CHANGE_REQUIRED,
                        "This account has a temporary password: change it with PUT " + CHANGE_PASSWORD_API + " first");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        SubsidyFlowUser now;
        try {
            now = current(signedIn.getUsername());
        } catch (RuntimeException e) {
            if (!Transactions.isUnreachable(e)) {
                throw e;
            }
            // The account cannot be checked while the database is down, and no page could be answered
            // without it: the "temporarily unavailable" page, as any page read in an outage gets.
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (now == null || !now.isEnabled() || now.getCredentialsVersion() != signedIn.getCredentialsVersion()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        if (now.isPasswordChangeRequired() && !mayPassWithTemporaryPassword(path)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private SubsidyFlowUser current(String username) {
        try {
            UserDetails user = users.loadUserByUsername(username);
            return user instanceof SubsidyFlowUser account ? account : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static boolean mayPassWithTemporaryPassword(String path) {
        return path.equals(CHANGE_PASSWORD_PAGE) || path.equals("/login") || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }
}
