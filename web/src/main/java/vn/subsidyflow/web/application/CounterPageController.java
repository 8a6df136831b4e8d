package vn.subsidyflow.web.application;

import java.io.IOException;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.CounterFilings;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * The one-stop desk (INTAKE): find the business by its tax code, open its dossier from the paper
 * form, scan its papers in and file it. The dossier then follows the usual path from intake on.
 */
@PageController
@RequestMapping("/counter")
class CounterPageController implements FormPage {

    private final CounterFilings counter;
    private final Applications applications;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final ApplicationPages pages;
    private final DocumentUploads uploads;

    CounterPageController(CounterFilings counter, Applications applications, PolicyCatalog catalog, WorkingDayCalendar calendar,
                          ApplicationPages pages, DocumentUploads uploads) {
        this.counter = counter;
        this.applications = applications;
        this.catalog = catalog;
        this.calendar = calendar;
        this.pages = pages;
        this.uploads = uploads;
    }

    /** The look-up by tax code; once the business is found, the dossier form beneath it. */
    @GetMapping
    String desk(Actor actor, @RequestParam(required = false) String taxCode, Model model) {
        model.addAttribute("taxCode", taxCode == null ? "" : taxCode.trim());
        model.addAttribute("items", catalog.itemsInForce(calendar.today()));
        model.addAttribute("form", Map.of("item", "", "title", "", "cost", ""));
        if (taxCode != null && !taxCode.isBlank()) {
            try {
                model.addAttribute("business", counter.business(actor, taxCode));
            } catch (DomainFailure notFound) {
                // A look-up that finds nothing is an answer on the desk's own page, not an error page.
                if (!model.containsAttribute("errors")) {
                    model.addAttribute("errors", Map.of("taxCode", notFound));
                }
            }
        }
        return "staff/counter";
    }

    @PostMapping
    String file(Actor actor, @RequestParam(defaultValue = "") String taxCode, @RequestParam(defaultValue = "") String item,
                @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String cost) {
        Forms.requireFits("title", title, 300);
        Long amount = Forms.amount(cost);
        if (amount == null || amount <= 0) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "Enter the eligible cost in đồng", Map.of("field", "cost"));
        }
        Application created = counter.file(actor, taxCode, item, title, amount);
        return "redirect:/counter/" + created.id() + "?created";
    }

    @GetMapping("/{id}")
    String dossier(Actor actor, @PathVariable long id, Model model) {
        Application application = pages.show(actor, id, model);
        if (!application.filedAtCounter()) {
            throw DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, id);
        }
        return "staff/counter-dossier";
    }

    @PostMapping("/{id}/documents")
    String scan(Actor actor, @PathVariable long id, @RequestParam(required = false) DocumentKind kind,
                @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        uploads.add(actor, id, kind, file);
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:/counter/" + id + "#documents";
    }

    @PostMapping("/{id}/submit")
    String submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        applications.submit(actor, id);
        redirect.addFlashAttribute("notice", "notice.submitted");
        return "redirect:/cases/" + id;
    }

    /** A refused dossier form is shown again as typed, under the business; a refused scan or filing, on the dossier's page. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        if (form.handledBy("file")) {
            String view = desk(form.actor(), form.typed("taxCode"), model);
            model.addAttribute("form", Map.of("item", form.typed("item"), "title", form.typed("title"), "cost", form.typed("cost")));
            return view;
        }
        return dossier(form.actor(), Long.parseLong(form.pathVariable("id")), model);
    }
}
