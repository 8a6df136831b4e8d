package vn.subsidyflow.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Puts the signed-in user on every page; shows a refused form again with the refusal next to its
 * field ({@link FormPage}); and turns every other failure into the friendly error pages (before
 * the API's problem+json handler, which answers the API's controllers beside the pages).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    @ModelAttribute
    void user(Model model, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Any signed-in user (the layout reads its display name): the anonymous principal is a plain string.
        if (auth != null && auth.getPrincipal() instanceof UserDetails user) {
            model.addAttribute("me", user);
            model.addAttribute("nav", Navigation.of(user));
        }
        model.addAttribute("currentPath", request.getRequestURI());
    }

    /**
     * A refusal of a form is shown on the form's own page (or flashed to the page it redirects to);
     * a dossier or task the user may not see, and any refusal outside a form, get the error page.
     */
    @ExceptionHandler(DomainFailure.class)
    String failure(DomainFailure failure, HandlerMethod handler, Actor actor, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        if (handler.getBean() instanceof FormPage page && "POST".equals(request.getMethod())
                && failure.kind() != DomainFailure.Kind.NOT_FOUND && failure.kind() != DomainFailure.Kind.UNAVAILABLE) {
            RefusedForm form = new RefusedForm(handler.getMethod().getName(), actor, failure, request);
            String view;
            try {
                user(model, request);
                model.addAttribute("errors", Forms.errors(failure));
                view = page.showAgain(form, model);
            } catch (DomainFailure whileShowing) {
                return errorPage(whileShowing, response, model);
            } catch (RuntimeException whileShowing) {
                return unexpected(whileShowing, response, model);
            }
            if (view.startsWith("redirect:")) {
                model.asMap().clear(); // nothing of the form goes into the address redirected to
                RequestContextUtils.getOutputFlashMap(request).put("problem", failure);
            } else {
                response.setStatus(form.status());
            }
            return view;
        }
        return errorPage(failure, response, model);
    }

    private static String errorPage(DomainFailure failure, HttpServletResponse response, Model model) {
        int status = switch (failure.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case UNAVAILABLE -> 503;
        };
        if (status == 503) {
            return unavailable(response, model);
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("failure", failure);
        return status == 404 ? "error/404" : status == 403 ? "error/403" : "error/500";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error/404";
    }

    /**
     * A form the page itself cannot produce (a required field missing, a value that is no choice of the
     * list): a hand-made or truncated request. Answered 400 with "not a valid value", not the 500 page.
     */
    @ExceptionHandler({ServletRequestBindingException.class, BindException.class, HandlerMethodValidationException.class})
    String badForm(HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("failure", new DomainFailure(FailureCode.INVALID_INPUT, "Not a valid form"));
        return "error/500";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("failure", new DomainFailure(FailureCode.DOCUMENT_TOO_LARGE, "Too large"));
        return "error/500";
    }

    /** The database is down: say so, and when to try again, rather than show the page of a bug. */
    private static String unavailable(HttpServletResponse response, Model model) {
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        model.addAttribute("status", 503);
        return "error/503";
    }

    /** The browser went away mid-response (e.g. left the page while an image loaded): nothing to show. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        if (Transactions.isUnreachable(e)) {
            // A page read outside a command (lists, dossiers) while the database is down: an outage, not a bug.
            log.warn("Page answered 503: the database cannot be reached ({})", e.getMessage());
            return unavailable(response, model);
        }
        log.error("Unexpected failure on a page", e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        return "error/500";
    }
}
