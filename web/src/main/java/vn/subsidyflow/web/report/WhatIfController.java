package vn.subsidyflow.web.report;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.report.WhatIf;
import vn.subsidyflow.report.WhatIfRow;
import vn.subsidyflow.report.WhatIfs;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.SensibleDate;

/** What a draft policy would have cost over a past period; a read, so the report's readers may ask. */
@RestController
@RequestMapping("/api/v1/reports")
class WhatIfController {

    private final WhatIfs whatIfs;

    WhatIfController(WhatIfs whatIfs) {
        this.whatIfs = whatIfs;
    }

    record Row(String key, String category, String nameVi, String nameEn, boolean inDraft, long dossiers, long approvedVnd,
               long qualified, long draftCostVnd, long differenceVnd) {

        static Row of(WhatIfRow r) {
            return new Row(r.key(), r.category(), r.nameVi(), r.nameEn(), r.inDraft(), r.dossiers(), r.approvedVnd(), r.qualified(),
                    r.draftCostVnd(), r.differenceVnd());
        }
    }

    record WhatIfResponse(long policyVersionId, String policyCode, LocalDate from, LocalDate to, long dossiers, long approvedVnd,
                          long qualified, long draftCostVnd, long differenceVnd, List<Row> byCategory, List<Row> bySupportItem) {

        static WhatIfResponse of(WhatIf w) {
            return new WhatIfResponse(w.policyVersionId(), w.policyCode(), w.from(), w.to(), w.dossiers(), w.approvedVnd(),
                    w.qualified(), w.draftCostVnd(), w.differenceVnd(), w.byCategory().stream().map(Row::of).toList(),
                    w.bySupportItem().stream().map(Row::of).toList());
        }
    }

    @Operation(summary = "The dossiers decided in a period recomputed under a DRAFT policy version",
            description = "Every supported dossier decided from `from` to `to` meets the draft's item of the same code: it "
                    + "qualifies when that item exists and the business meets its eligibility rules (applicant type, head "
                    + "office in the province, declared size); its cost is min(rate × eligible cost, cap), rounded down to "
                    + "1 000 đ. Per item and per category: dossiers, approved, qualified, draft cost and the difference. "
                    + "Nothing is written. Errors: 404 POLICY_VERSION_NOT_FOUND, 409 POLICY_VERSION_NOT_DRAFT, 422 INVALID_PERIOD.")
    @GetMapping("/what-if")
    WhatIfResponse whatIf(@RequestParam long policyVersionId,
                          @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return WhatIfResponse.of(whatIfs.underDraft(policyVersionId, from, to));
    }
}
