package vn.subsidyflow.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.subsidyflow.database.Transactions;

/**
 * Page sessions are read from the database before anything else of a request runs, so an outage of
 * the database surfaces first there, outside every controller and its advice. This filter sits in
 * front of the session store and answers such a request as any page read in an outage is answered:
 * the "temporarily unavailable" page (503, Retry-After), not the page of a bug.
 * <p>
 * The page is rendered by a forward to the error page (the session store's filter does not run on
 * forwards) with a request that has no session. An error dispatch would run the session store again
 * and fail the same way; the container's own session would answer under the same cookie name and
 * replace the reader's session cookie.
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
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher("/error").forward(new WithoutSession(request), response);
        }
    }

    /** The request as the error page sees it: signed out, and unable to open a session. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("No page session can be opened while the session store is down");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
