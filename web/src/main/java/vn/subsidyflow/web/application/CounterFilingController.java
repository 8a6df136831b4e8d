package vn.subsidyflow.web.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.CounterFilings;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.AmountVnd;

/**
 * Filing at the one-stop desk (INTAKE): the dossier of a registered business found by tax code, its
 * scanned papers and its filing. The scans and the filing go through the same engine calls as a
 * business's own; they have their own paths so that the business's paths stay the business's alone.
 */
@RestController
@RequestMapping("/api/v1/applications/counter-filings")
class CounterFilingController {

    record CounterFiling(@Size(max = 14) String taxCode, @Size(max = 60) String supportItemCode, @Size(max = 300) String title,
                         @AmountVnd Long eligibleCostVnd) {
    }

    private final CounterFilings counter;
    private final Applications applications;
    private final ApplicationResponses responses;
    private final DocumentUploads uploads;

    CounterFilingController(CounterFilings counter, Applications applications, ApplicationResponses responses,
                            DocumentUploads uploads) {
        this.counter = counter;
        this.applications = applications;
        this.responses = responses;
        this.uploads = uploads;
    }

    @PostMapping
    ResponseEntity<ApplicationResponse> file(Actor actor, @Valid @RequestBody CounterFiling request) {
        if (request.eligibleCostVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "eligibleCostVnd is required (whole đồng)");
        }
        Application application = counter.file(actor, request.taxCode(), request.supportItemCode(), request.title(),
                request.eligibleCostVnd());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id()))
                .body(responses.of(actor, application));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationResponse.DocumentResponse> upload(Actor actor, @PathVariable long id,
                                                                @RequestPart("file") MultipartFile file,
                                                                @RequestParam("kind") @Size(max = 40) String kind) throws IOException {
        var document = uploads.add(actor, id, DocumentUploads.kind(kind), file);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/documents/" + document.id()))
                .body(ApplicationResponse.DocumentResponse.of(document));
    }

    @PostMapping("/{id}/submit")
    ApplicationResponse submit(Actor actor, @PathVariable long id) {
        return responses.of(actor, applications.submit(actor, id));
    }
}
