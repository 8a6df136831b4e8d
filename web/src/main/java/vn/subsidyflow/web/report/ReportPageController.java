package vn.subsidyflow.web.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.web.page.PageController;

/**
 * The period report as a page: the filters of the API, the report in sentences and its tables, and
 * links to its exports. Without a period it shows the last five whole years.
 */
@PageController
class ReportPageController {

    private final PeriodReports reports;
    private final PolicyCatalog catalog;
    private final PolicyVersions versions;
    private final WorkingDayCalendar calendar;
    private final MessageSource messages;
    private final ReportExports exports;

    ReportPageController(PeriodReports reports, PolicyCatalog catalog, PolicyVersions versions, WorkingDayCalendar calendar,
                         MessageSource messages, ReportExports exports) {
        this.exports = exports;
        this.reports = reports;
        this.catalog = catalog;
        this.versions = versions;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
                  @RequestParam(required = false) Category category, @RequestParam(required = false) String supportItem,
                  @RequestParam(required = false) Long policyVersion, Locale locale, Model model) {
        if (from == null && to == null && fromYear == null && toYear == null) {
            toYear = calendar.today().getYear();
            fromYear = toYear - 4;
        }
        ReportQuery query = new ReportQuery(from, to, fromYear, toYear, new ReportFilter(category, supportItem, policyVersion));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from", from == null ? "" : from.toString());
        f.put("to", to == null ? "" : to.toString());
        f.put("fromYear", fromYear == null ? "" : fromYear.toString());
        f.put("toYear", toYear == null ? "" : toYear.toString());
        f.put("category", category == null ? "" : category.name());
        f.put("supportItem", supportItem == null ? "" : supportItem);
        f.put("policyVersion", policyVersion == null ? "" : policyVersion.toString());
        model.addAttribute("f", f);
        model.addAttribute("categories", Category.values());
        model.addAttribute("items", itemNames(locale));
        model.addAttribute("versions", versions.versions());
        // The downloads carry the page's own parameters, so they hold what the page shows.
        String requested = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        model.addAttribute("exportQuery", requested == null || requested.isEmpty()
                ? "?fromYear=" + fromYear + "&toYear=" + toYear : "?" + requested);
        try {
            PeriodReport report = query.run(reports);
            model.addAttribute("report", report);
            model.addAttribute("text", ReportText.of(report, messages, locale));
        } catch (DomainFailure failure) {
            model.addAttribute("refused", failure.getMessage());
        }
        return "report/period";
    }

    /** The report on the page as a file (the CSV with a byte-order mark, for spreadsheets), in the page's language. */
    @GetMapping({"/reports/period.csv", "/reports/period.xlsx", "/reports/period.pdf"})
    void file(HttpServletRequest request,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
              @RequestParam(required = false) Category category, @RequestParam(required = false) String supportItem,
              @RequestParam(required = false) Long policyVersion, Locale locale, HttpServletResponse response) throws IOException {
        exports.write(StringUtils.getFilenameExtension(request.getRequestURI()), query(from, to, fromYear, toYear, category, supportItem, policyVersion), locale, response, true);
    }

    private PeriodReport query(LocalDate from, LocalDate to, Integer fromYear, Integer toYear, Category category,
                               String supportItem, Long policyVersion) {
        return new ReportQuery(from, to, fromYear, toYear, new ReportFilter(category, supportItem, policyVersion)).run(reports);
    }

    /** Item codes with their name in the reader's language, as in the newest version that has the code. */
    private Map<String, String> itemNames(Locale locale) {
        Map<String, String> names = new TreeMap<>();
        List<SupportItem> items = catalog.allItems(); // newest version first
        for (SupportItem item : items) {
            names.putIfAbsent(item.code(), "en".equals(locale.getLanguage()) ? item.nameEn() : item.nameVi());
        }
        return names;
    }
}
