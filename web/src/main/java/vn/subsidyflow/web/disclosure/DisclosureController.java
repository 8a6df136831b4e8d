package vn.subsidyflow.web.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.DisclosedSupport;
import vn.subsidyflow.report.Disclosures;
import vn.subsidyflow.web.problem.Paging;

/** The decided support of a year, for anyone (no sign-in): paged, at most 100 rows a page. */
@RestController
@RequestMapping("/api/v1/disclosure")
class DisclosureController {

    private final Disclosures disclosures;

    DisclosureController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    record Item(String businessName, String supportItemCode, String supportItemName, long amountVnd, String decisionNumber,
                LocalDate decisionDate) {

        static Item of(DisclosedSupport s, boolean english) {
            return new Item(s.businessName(), s.supportItemCode(), s.supportItemName(english), s.approvedVnd(), s.decisionNumber(),
                    s.decisionDate());
        }
    }

    record DisclosureResponse(int year, Category category, int page, int size, long total, List<Item> items) {
    }

    @Operation(summary = "Support decided in a year: business name, support item, amount approved, decision number and date",
            description = "Public (no sign-in), as budget transparency requires; nothing else about the dossiers. The item's "
                    + "name is in the language the request accepts (Vietnamese by default). Paged: size 1 to 100 (default 50). "
                    + "Errors: 422 INVALID_YEARS (a year outside 2000–2100), INVALID_PAGE.")
    @GetMapping
    DisclosureResponse year(@Parameter(description = "year of the decisions; this year by default")
                            @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) Category category,
                            @RequestParam(defaultValue = "0") @Paging.Page int page,
                            @RequestParam(defaultValue = "50") int size,
                            @RequestHeader(name = "Accept-Language", required = false) String languages, Locale locale) {
        Disclosures.Page p = disclosures.year(year == null ? LocalDate.now(DisclosureFiles.ZONE).getYear() : year, category, page,
                size);
        boolean english = english(languages, locale);
        return new DisclosureResponse(p.year(), p.category(), p.page(), p.size(), p.total(),
                p.items().stream().map(s -> Item.of(s, english)).toList());
    }

    /** An API client says its language in Accept-Language (a browser's page language is its cookie). */
    private static boolean english(String languages, Locale locale) {
        if (languages != null && !languages.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(languages);
                return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("en");
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        return "en".equals(locale.getLanguage());
    }
}
