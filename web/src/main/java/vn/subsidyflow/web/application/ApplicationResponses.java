package vn.subsidyflow.web.application;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.shared.Actor;

/** Assembles the full dossier view after any command, for the dossier and task endpoints alike. */
@Component
public class ApplicationResponses {

    private final ApplicationViews views;
    private final HistoryTexts texts;
    private final PolicyCatalog catalog;

    ApplicationResponses(ApplicationViews views, HistoryTexts texts, PolicyCatalog catalog) {
        this.views = views;
        this.texts = texts;
        this.catalog = catalog;
    }

    /** The dossier after a command: whole, or only its number and state when the client prefers (RFC 7240). */
    public Object of(Actor actor, Application application, boolean minimal) {
        return minimal ? ReturnPreference.MinimalResponse.of(application) : of(actor, application);
    }

    public ApplicationResponse of(Actor actor, Application application) {
        ApplicationView view = views.of(actor, application);
        return ApplicationResponse.of(view, texts.lines(view.history(), catalog.item(application.supportItemId()), readerLocale()));
    }

    /**
     * An API client says its language with Accept-Language (the pages' cookie does not reach it);
     * without one, the locale the request was resolved to, Vietnamese by default.
     */
    private static Locale readerLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
                return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
            }
        }
        return LocaleContextHolder.getLocale();
    }
}
