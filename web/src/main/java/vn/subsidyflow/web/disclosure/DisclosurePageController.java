package vn.subsidyflow.web.disclosure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.Disclosures;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.problem.Paging;

/** The public page of decided support, with its CSV and XLSX downloads; nobody needs to sign in. */
@PageController
class DisclosurePageController {

    private final Disclosures disclosures;
    private final DisclosureFiles files;

    DisclosurePageController(Disclosures disclosures, DisclosureFiles files) {
        this.disclosures = disclosures;
        this.files = files;
    }

    @GetMapping("/disclosure")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Category category,
                @RequestParam(defaultValue = "0") @Paging.Page int page, Locale locale, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("category", category == null ? "" : category.name());
        model.addAttribute("categories", Category.values());
        model.addAttribute("english", DisclosureFiles.english(locale));
        String query = "?year=" + y + (category == null ? "" : "&category=" + category.name());
        model.addAttribute("query", query);
        try {
            Disclosures.Page p = disclosures.year(y, category, page, DisclosureFiles.PAGE_SIZE);
            model.addAttribute("result", p);
            model.addAttribute("previousUrl", page > 0 ? "/disclosure" + query + "&page=" + (page - 1) : null);
            model.addAttribute("nextUrl", (long) (page + 1) * p.size() < p.total() ? "/disclosure" + query + "&page=" + (page + 1)
                    : null);
        } catch (DomainFailure failure) {
            model.addAttribute("refused", failure.getMessage());
        }
        return "disclosure/list";
    }

    @GetMapping("/disclosure.csv")
    void csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) Category category, Locale locale,
             HttpServletResponse response) throws IOException {
        files.csv(year(year), category, locale, response);
    }

    @GetMapping("/disclosure.xlsx")
    void xlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) Category category, Locale locale,
              HttpServletResponse response) throws IOException {
        files.xlsx(year(year), category, locale, response);
    }

    private static int year(Integer year) {
        return year == null ? LocalDate.now(DisclosureFiles.ZONE).getYear() : year;
    }
}
