package vn.subsidyflow.web.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionCopy;
import vn.subsidyflow.catalog.PolicyVersionDraft;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.catalog.SupportItemController.SupportItemResponse;

/**
 * Policy versions: administrators load a resolution's real values as a new version, or copy the one
 * in force into a DRAFT, edit its items, publish it and close the old one.
 */
@RestController
@RequestMapping("/api/v1/policy-versions")
class PolicyVersionController {

    /** A version with its items, as one reads it before editing or publishing. */
    record PolicyVersionDetail(@JsonUnwrapped PolicyVersion version, List<SupportItemResponse> items) {
    }

    record CopyRequest(String newCode, String name, LocalDate effectiveFrom, String citation, Long totalVnd) {
    }

    /**
     * The values of one item; its code is the path's. The eligibility rules may be left out: an item
     * without them accepts every applicant type, size and place, and counts the frequency for ever.
     */
    record ItemRequest(Category category, String nameVi, String nameEn, Integer ratePct, Long capVnd, String capUnit,
                       Integer frequencyLimit, List<DocumentKind> requiredDocuments, List<DocumentKind> completionDocuments,
                       String legalCitation, List<OrganisationType> applicantTypes, Boolean headOfficeInProvince,
                       List<OrganisationSize> sizes, Integer frequencyYears) {

        PolicyVersionDraft.Item as(String code) {
            return new PolicyVersionDraft.Item(code, category, nameVi, nameEn, ratePct, capVnd, capUnit, frequencyLimit,
                    requiredDocuments, completionDocuments, legalCitation, applicantTypes, headOfficeInProvince, sizes,
                    frequencyYears);
        }
    }

    record ClosureRequest(LocalDate effectiveTo) {
    }

    private final PolicyVersions versions;

    PolicyVersionController(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    List<PolicyVersion> list() {
        return versions.versions();
    }

    @GetMapping("/{code}")
    PolicyVersionDetail version(@PathVariable String code) {
        return new PolicyVersionDetail(versions.version(code), versions.items(code).stream().map(SupportItemResponse::of).toList());
    }

    @PostMapping
    ResponseEntity<PolicyVersion> load(Actor actor, @RequestBody PolicyVersionDraft draft) {
        return created(versions.load(actor, draft));
    }

    @PostMapping("/{code}/copies")
    ResponseEntity<PolicyVersion> copy(Actor actor, @PathVariable String code, @RequestBody CopyRequest request) {
        return created(versions.copy(actor, code, new PolicyVersionCopy(request.newCode(), request.name(), request.effectiveFrom(),
                request.citation(), request.totalVnd())));
    }

    @PutMapping("/{code}/items/{itemCode}")
    SupportItemResponse putItem(Actor actor, @PathVariable String code, @PathVariable String itemCode,
                                @RequestBody ItemRequest request) {
        return SupportItemResponse.of(versions.putItem(actor, code, request.as(itemCode)));
    }

    @PostMapping("/{code}/publication")
    PolicyVersion publish(Actor actor, @PathVariable String code) {
        return versions.publish(actor, code);
    }

    @PostMapping("/{code}/closure")
    PolicyVersion close(Actor actor, @PathVariable String code, @RequestBody ClosureRequest request) {
        return versions.close(actor, code, request.effectiveTo());
    }

    private static ResponseEntity<PolicyVersion> created(PolicyVersion version) {
        // The code is the administrator's text: encoded, so no character of it can fail the answer
        // after the version is stored.
        URI location = UriComponentsBuilder.fromPath("/api/v1/policy-versions/{code}").buildAndExpand(version.code())
                .encode().toUri();
        return ResponseEntity.created(location).body(version);
    }
}
