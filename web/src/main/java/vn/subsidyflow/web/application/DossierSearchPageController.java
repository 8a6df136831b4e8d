package vn.subsidyflow.web.application;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.subsidyflow.application.ApplicationFilter;
import vn.subsidyflow.application.ApplicationSort;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.problem.Paging;
import vn.subsidyflow.web.problem.SensibleDate;

/**
 * Staff look any filed dossier up: by number, business name, tax code, status, category, support
 * item, policy version, filing and decision days and decision number, one page at a time from the
 * database, and take the whole result away as CSV. The filters are the API's
 * ({@code GET /api/v1/applications}), read into the same {@link ApplicationFilter}.
 */
@PageController
class DossierSearchPageController {

    private final Applications applications;

    DossierSearchPageController(Applications applications) {
        this.applications = applications;
    }

    /** The filters of the search form, as the page and its export read them. */
    record Criteria(@Size(max = 300) String q, ApplicationStatus status, Category category, @Size(max = 14) String taxCode,
                    @Size(max = 60) String supportItemCode, @Size(max = 60) String policyCode,
                    @Size(max = 60) String decisionNumber,
                    @SensibleDate(code = FailureCode.INVALID_DATE_RANGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedFrom,
                    @SensibleDate(code = FailureCode.INVALID_DATE_RANGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedTo,
                    @SensibleDate(code = FailureCode.INVALID_DATE_RANGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
                    @SensibleDate(code = FailureCode.INVALID_DATE_RANGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo,
                    @Size(max = 40) String sort) {

        ApplicationFilter filter(int offset, int limit) {
            return new ApplicationFilter(null, status, category, q, taxCode, supportItemCode, policyCode, decisionNumber,
                    filedFrom, filedTo, decidedFrom, decidedTo, ApplicationSort.parse(sort), offset, limit);
        }
    }

    @GetMapping("/cases")
    String search(Actor actor, @jakarta.validation.Valid Criteria criteria,
                  @RequestParam(defaultValue = "0") @Paging.Page int page,
                  @RequestParam(defaultValue = "50") @Paging.Size int size, Model model) {
        ApplicationFilter filter = criteria.filter(page * size, size);
        long total = applications.count(actor, filter);
        model.addAttribute("results", applications.list(actor, filter));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
        model.addAttribute("previousUrl", page > 0 ? pageUrl(page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * size < total ? pageUrl(page + 1) : null);
        model.addAttribute("csvUrl", ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/cases/export.csv")
                .replaceQueryParam("page").replaceQueryParam("size").build().toUriString());
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("sorts", ApplicationSort.Field.values());
        model.addAttribute("f", form(criteria, filter.sort()));
        return "staff/cases";
    }

    /** Every dossier the search finds, whatever their number, in the page's order. */
    @GetMapping("/cases/export.csv")
    void export(Actor actor, @jakarta.validation.Valid Criteria criteria, HttpServletResponse response) throws IOException {
        ApplicationFilter filter = criteria.filter(0, ApplicationFilter.MAX_LIMIT);
        try (DossierCsv csv = DossierCsv.download(response)) {
            applications.forEachSummary(actor, filter, csv::write);
        }
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }

    private static Map<String, Object> form(Criteria c, ApplicationSort sort) {
        Map<String, Object> form = new HashMap<>();
        form.put("q", c.q() == null ? "" : c.q());
        form.put("status", c.status() == null ? "" : c.status().name());
        form.put("category", c.category() == null ? "" : c.category().name());
        form.put("taxCode", c.taxCode() == null ? "" : c.taxCode());
        form.put("supportItemCode", c.supportItemCode() == null ? "" : c.supportItemCode());
        form.put("policyCode", c.policyCode() == null ? "" : c.policyCode());
        form.put("decisionNumber", c.decisionNumber() == null ? "" : c.decisionNumber());
        form.put("filedFrom", c.filedFrom() == null ? "" : c.filedFrom().toString());
        form.put("filedTo", c.filedTo() == null ? "" : c.filedTo().toString());
        form.put("decidedFrom", c.decidedFrom() == null ? "" : c.decidedFrom().toString());
        form.put("decidedTo", c.decidedTo() == null ? "" : c.decidedTo().toString());
        form.put("sortField", sort.field().parameter());
        form.put("sortDesc", sort.descending());
        return form;
    }
}
