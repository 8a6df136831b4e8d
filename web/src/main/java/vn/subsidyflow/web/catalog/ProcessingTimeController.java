package vn.subsidyflow.web.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.ProcessingTime;
import vn.subsidyflow.shared.Actor;

/**
 * A policy version's processing time in working days: read by anyone signed in, set by an
 * administrator on a DRAFT (ADMIN for PUT under /api/v1/policy-versions, by the security rules).
 */
@RestController
class ProcessingTimeController {

    /** Every field is required; a missing one reads as 0 and is refused as out of range. */
    record ProcessingTimeRequest(int intake, int supplement, int appraisal, int decision, int verifyCompletion, int payment,
                                 int total) {

        ProcessingTime time() {
            return new ProcessingTime(intake, supplement, appraisal, decision, verifyCompletion, payment, total);
        }
    }

    private final PolicyVersions versions;
    private final PolicyCatalog catalog;

    ProcessingTimeController(PolicyVersions versions, PolicyCatalog catalog) {
        this.versions = versions;
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/policy-versions/{code}/processing-time")
    ProcessingTime processingTime(@PathVariable String code) {
        return catalog.processingTime(versions.version(code).id());
    }

    @PutMapping("/api/v1/policy-versions/{code}/processing-time")
    ProcessingTime put(Actor actor, @PathVariable String code, @RequestBody ProcessingTimeRequest request) {
        return versions.putProcessingTime(actor, code, request.time());
    }
}
