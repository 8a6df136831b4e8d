package vn.subsidyflow.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.subsidyflow.database.Transactions;

/**
 * Page sessions are read from the database before anything else of a request runs, so an outage of
 * the database surfaces first there, outside every controller and its advice. This filter sits in
 * front of the session store and answers such a request as any page read in an outage is answered:
 * the "temporarily unavailable" page (503, Retry-After), not the page of a bug. The error page is
 * rendered without the session (the session filter does not run on error dispatches), in the
 * language of the reader's cookie.
 */
final class SessionStoreOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!Transactions.isUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Page answered 503: the session store cannot be reached ({})", e.getMessage());
            response.resetBuffer();
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
