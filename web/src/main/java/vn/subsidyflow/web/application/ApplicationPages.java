package vn.subsidyflow.web.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationDocument;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.shared.Actor;

/** Puts what every dossier page shows on the model: the dossier, its item, papers, current steps and history. */
@Component
public class ApplicationPages {

    private final ApplicationViews views;
    private final PolicyCatalog catalog;
    private final Inbox inbox;
    private final HistoryTexts texts;

    ApplicationPages(ApplicationViews views, PolicyCatalog catalog, Inbox inbox, HistoryTexts texts) {
        this.views = views;
        this.catalog = catalog;
        this.inbox = inbox;
        this.texts = texts;
    }

    /**
     * Loads the dossier (not found when the actor may not see it) and fills the model: what the actor
     * may see of it, as the API shows it too, and for the page the item, missing papers and open steps.
     */
    public Application show(Actor actor, long id, Model model) {
        ApplicationView view = views.of(actor, id);
        Application application = view.application();
        SupportItem item = catalog.item(application.supportItemId());
        List<ApplicationDocument> documents = view.documents();
        Set<DocumentKind> present = documents.stream().map(ApplicationDocument::kind).collect(Collectors.toSet());
        List<OpenTask> steps = inbox.openTasksOf(id);
        // Templates read it as `dossier`: Thymeleaf gives `application` to the servlet context's attributes.
        model.addAttribute("dossier", application);
        model.addAttribute("item", item);
        model.addAttribute("documents", documents);
        model.addAttribute("missing", item.requiredDocuments().stream().filter(k -> !present.contains(k)).toList());
        model.addAttribute("missingEvidence", item.completionDocuments().stream().filter(k -> !present.contains(k)).toList());
        model.addAttribute("present", present);
        model.addAttribute("steps", steps);
        model.addAttribute("dueAt", steps.stream().map(OpenTask::dueAt).filter(d -> d != null).min(Instant::compareTo).orElse(null));
        model.addAttribute("history", texts.lines(view.history(), item, LocaleContextHolder.getLocale()));
        model.addAttribute("myTasks", view.tasks());
        model.addAttribute("documentKinds", DocumentKind.values());
        return application;
    }
}
