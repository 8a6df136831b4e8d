package vn.subsidyflow.web.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** The support items one can apply for (public: businesses look before they sign up). */
@RestController
@RequestMapping("/api/v1/support-items")
class SupportItemController {

    record SupportItemResponse(String code, Category category, String nameVi, String nameEn, int ratePct, long capVnd,
                               String capUnit, int frequencyLimit, List<DocumentKind> requiredDocuments,
                               List<DocumentKind> completionDocuments, String legalCitation, boolean example,
                               String policyCode, LocalDate effectiveFrom, LocalDate effectiveTo,
                               List<OrganisationType> applicantTypes, boolean headOfficeInProvince,
                               List<OrganisationSize> sizes, int frequencyYears) {

        static SupportItemResponse of(SupportItem item) {
            return new SupportItemResponse(item.code(), item.category(), item.nameVi(), item.nameEn(), item.ratePct(),
                    item.capVnd(), item.capUnit(), item.frequencyLimit(), item.requiredDocuments(), item.completionDocuments(),
                    item.legalCitation(), item.example(), item.policyCode(), item.effectiveFrom(), item.effectiveTo(),
                    item.applicantTypes(), item.headOfficeInProvince(), item.sizes(), item.frequencyYears());
        }
    }

    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;

    SupportItemController(PolicyCatalog catalog, WorkingDayCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    /** The items in force today, or on the day {@code on} (yyyy-MM-dd): what one files under on that day. */
    @GetMapping
    List<SupportItemResponse> inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        if (on != null && (on.getYear() < 1900 || on.getYear() > 9999)) {
            throw new DomainFailure(FailureCode.INVALID_DATE, "on must be a day between the years 1900 and 9999", Map.of("field", "on"));
        }
        return catalog.itemsInForce(on != null ? on : calendar.today()).stream().map(SupportItemResponse::of).toList();
    }
}
