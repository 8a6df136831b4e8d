package vn.subsidyflow.web.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionCopy;
import vn.subsidyflow.catalog.PolicyVersionDraft;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * Administration of policy versions: the list, a copy of the one in force as a new DRAFT, its items
 * edited one by one, then published — and the old version closed. Publishing and closing are asked
 * again on a page of their own before anything changes (no JavaScript needed).
 */
@PageController
class PolicyVersionPageController implements FormPage {

    static final List<String> CAP_UNITS = List.of("PER_APPLICATION", "PER_CERTIFICATE", "PER_PRODUCT");

    private final PolicyVersions versions;
    private final WorkingDayCalendar calendar;

    PolicyVersionPageController(PolicyVersions versions, WorkingDayCalendar calendar) {
        this.versions = versions;
        this.calendar = calendar;
    }

    @GetMapping("/admin/policy-versions")
    String list(Model model) {
        LocalDate today = calendar.today();
        List<PolicyVersion> all = versions.versions();
        model.addAttribute("versions", all);
        model.addAttribute("today", today);
        model.addAttribute("inForce", all.stream().filter(v -> v.inForceOn(today)).findFirst().orElse(null));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("newCode", "", "name", "", "effectiveFrom", ""));
        }
        return "admin/policy-versions";
    }

    @PostMapping("/admin/policy-versions/{code}/copies")
    String copy(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "") String newCode,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String effectiveFrom,
                RedirectAttributes redirect) {
        Forms.requireFits("newCode", newCode.trim(), 60);
        Forms.requireFits("name", name.trim(), 300);
        PolicyVersion draft = versions.copy(actor, code, new PolicyVersionCopy(newCode.trim(), name.trim(),
                day("effectiveFrom", effectiveFrom), null, null));
        redirect.addFlashAttribute("notice", "notice.policyCopied");
        return "redirect:" + page(draft.code());
    }

    @GetMapping("/admin/policy-versions/{code}")
    String version(@PathVariable String code, Model model) {
        PolicyVersion version = versions.version(code);
        model.addAttribute("version", version);
        model.addAttribute("items", versions.items(code));
        model.addAttribute("today", calendar.today());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("effectiveTo", ""));
        }
        return "admin/policy-version";
    }

    /** The form of one item of a DRAFT: the item as it stands, or an empty one for a new code. */
    @GetMapping("/admin/policy-versions/{code}/items")
    String item(@PathVariable String code, @RequestParam(defaultValue = "") String item, Model model) {
        PolicyVersion version = versions.version(code);
        model.addAttribute("version", version);
        if (!model.containsAttribute("typed")) {
            SupportItem current = versions.items(code).stream().filter(i -> i.code().equals(item.trim())).findFirst().orElse(null);
            model.addAttribute("typed", current != null ? typed(current) : blank(item.trim()));
        }
        model.addAttribute("categories", Category.values());
        model.addAttribute("capUnits", CAP_UNITS);
        model.addAttribute("kinds", DocumentKind.values());
        return "admin/policy-item";
    }

    @PostMapping("/admin/policy-versions/{code}/items")
    String saveItem(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "") String item,
                    @RequestParam(required = false) Category category, @RequestParam(defaultValue = "") String nameVi,
                    @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String ratePct,
                    @RequestParam(defaultValue = "") String capVnd, @RequestParam(defaultValue = "") String capUnit,
                    @RequestParam(defaultValue = "") String frequencyLimit,
                    @RequestParam(required = false) List<DocumentKind> requiredDocuments,
                    @RequestParam(required = false) List<DocumentKind> completionDocuments,
                    @RequestParam(defaultValue = "") String legalCitation, RedirectAttributes redirect) {
        Forms.requireFits("items.code", item.trim(), 60);
        Forms.requireFits("items.nameVi", nameVi.trim(), 300);
        Forms.requireFits("items.nameEn", nameEn.trim(), 300);
        Forms.requireFits("items.legalCitation", legalCitation.trim(), 500);
        Long cap = Forms.amount(capVnd);
        versions.putItem(actor, code, new PolicyVersionDraft.Item(item.trim(), category, nameVi.trim(), nameEn.trim(),
                number("items.ratePct", ratePct), cap, capUnit, number("items.frequencyLimit", frequencyLimit),
                requiredDocuments == null ? List.of() : requiredDocuments,
                completionDocuments == null ? List.of() : completionDocuments, legalCitation.trim()));
        redirect.addFlashAttribute("notice", "notice.policyItemSaved");
        return "redirect:" + page(code);
    }

    @PostMapping("/admin/policy-versions/{code}/items/delete")
    String removeItem(Actor actor, @PathVariable String code, @RequestParam String item, RedirectAttributes redirect) {
        versions.removeItem(actor, code, item);
        redirect.addFlashAttribute("notice", "notice.policyItemRemoved");
        return "redirect:" + page(code);
    }

    /** Asks before publishing: what will be in force, and from when. */
    @GetMapping("/admin/policy-versions/{code}/publication")
    String confirmPublication(@PathVariable String code, Model model) {
        model.addAttribute("version", versions.version(code));
        model.addAttribute("items", versions.items(code));
        model.addAttribute("action", "publication");
        return "admin/policy-confirm";
    }

    @PostMapping("/admin/policy-versions/{code}/publication")
    String publish(Actor actor, @PathVariable String code, RedirectAttributes redirect) {
        versions.publish(actor, code);
        redirect.addFlashAttribute("notice", "notice.policyPublished");
        return "redirect:" + page(code);
    }

    /** Asks before closing: from which day the items leave the applicants' list. */
    @GetMapping("/admin/policy-versions/{code}/closure")
    String confirmClosure(@PathVariable String code, @RequestParam(defaultValue = "") String effectiveTo, Model model,
                          HttpServletResponse response) {
        LocalDate day;
        try {
            day = day("effectiveTo", effectiveTo);
        } catch (DomainFailure notADay) {
            response.setStatus(422);
            model.addAttribute("errors", Forms.errors(notADay));
            model.addAttribute("typed", Map.of("effectiveTo", effectiveTo));
            return version(code, model);
        }
        model.addAttribute("version", versions.version(code));
        model.addAttribute("items", versions.items(code));
        model.addAttribute("action", "closure");
        model.addAttribute("effectiveTo", day);
        return "admin/policy-confirm";
    }

    @PostMapping("/admin/policy-versions/{code}/closure")
    String close(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "") String effectiveTo,
                 RedirectAttributes redirect) {
        versions.close(actor, code, day("effectiveTo", effectiveTo));
        redirect.addFlashAttribute("notice", "notice.policyClosed");
        return "redirect:" + page(code);
    }

    /** A refused form again as typed: the copy on the list, an item on its form, the rest on the version's page. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        String code = form.pathVariable("code");
        if (form.handledBy("copy")) {
            model.addAttribute("typed", Map.of("newCode", form.typed("newCode"), "name", form.typed("name"),
                    "effectiveFrom", form.typed("effectiveFrom")));
            return list(model);
        }
        if (form.handledBy("saveItem")) {
            Map<String, Object> typed = new LinkedHashMap<>();
            for (String field : List.of("item", "category", "nameVi", "nameEn", "ratePct", "capVnd", "capUnit", "frequencyLimit",
                    "legalCitation")) {
                typed.put(field, form.typed(field));
            }
            typed.put("requiredDocuments", values(form, "requiredDocuments"));
            typed.put("completionDocuments", values(form, "completionDocuments"));
            model.addAttribute("typed", typed);
            return item(code, form.typed("item"), model);
        }
        model.addAttribute("typed", Map.of("effectiveTo", form.typed("effectiveTo")));
        if (form.failure().failureCode() == FailureCode.MISSING_CITATION) {
            model.addAttribute("uncited", form.failure().details().get("items"));
        }
        return version(code, model);
    }

    private static List<String> values(RefusedForm form, String name) {
        String[] values = form.request().getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static Map<String, Object> typed(SupportItem i) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("item", i.code());
        typed.put("category", i.category().name());
        typed.put("nameVi", i.nameVi());
        typed.put("nameEn", i.nameEn());
        typed.put("ratePct", String.valueOf(i.ratePct()));
        typed.put("capVnd", String.valueOf(i.capVnd()));
        typed.put("capUnit", i.capUnit());
        typed.put("frequencyLimit", String.valueOf(i.frequencyLimit()));
        typed.put("requiredDocuments", i.requiredDocuments().stream().map(Enum::name).toList());
        typed.put("completionDocuments", i.completionDocuments().stream().map(Enum::name).toList());
        typed.put("legalCitation", i.legalCitation());
        return typed;
    }

    private static Map<String, Object> blank(String code) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("item", code);
        typed.put("category", "");
        typed.put("nameVi", "");
        typed.put("nameEn", "");
        typed.put("ratePct", "");
        typed.put("capVnd", "");
        typed.put("capUnit", "PER_APPLICATION");
        typed.put("frequencyLimit", "0");
        typed.put("requiredDocuments", List.of());
        typed.put("completionDocuments", List.of());
        typed.put("legalCitation", "");
        return typed;
    }

    private static Integer number(String field, String typed) {
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            throw new DomainFailure(FailureCode.INVALID_POLICY_VERSION, field + " must be a whole number", Map.of("field", field));
        }
    }

    private static LocalDate day(String field, String typed) {
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw new DomainFailure(FailureCode.INVALID_DATE, "Enter a date", Map.of("field", field));
        }
    }

    static String page(String code) {
        return "/admin/policy-versions/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
