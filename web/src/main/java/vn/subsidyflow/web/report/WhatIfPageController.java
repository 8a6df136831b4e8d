package vn.subsidyflow.web.report;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.report.WhatIfs;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.web.page.PageController;

/** The what-if as a page: choose a draft and a past period, see per item and category what it would have cost. */
@PageController
class WhatIfPageController {

    private final WhatIfs whatIfs;
    private final PolicyVersions versions;

    WhatIfPageController(WhatIfs whatIfs, PolicyVersions versions) {
        this.whatIfs = whatIfs;
        this.versions = versions;
    }

    @GetMapping("/reports/what-if")
    String whatIf(@RequestParam(required = false) Long policyVersionId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Locale locale, Model model) {
        model.addAttribute("drafts", versions.versions().stream().filter(v -> v.status() == PolicyVersionStatus.DRAFT).toList());
        model.addAttribute("policyVersionId", policyVersionId == null ? "" : policyVersionId.toString());
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        if (policyVersionId != null) {
            try {
                model.addAttribute("result", whatIfs.underDraft(policyVersionId, from, to));
            } catch (DomainFailure failure) {
                model.addAttribute("refused", failure.getMessage());
            }
        }
        return "report/what-if";
    }
}
