package vn.subsidyflow.web.application;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationFilter;
import vn.subsidyflow.application.ApplicationSort;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.application.ApplicationSummary;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.AmountVnd;
import vn.subsidyflow.web.problem.Paging;
import vn.subsidyflow.web.problem.SensibleDate;

/** Dossiers: filing, documents, submission, withdrawal, and reading what the caller may see. */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {

    record NewApplication(@Size(max = 60) String supportItemCode, @Size(max = 300) String title,
                          @AmountVnd Long eligibleCostVnd, @Min(1) @Max(1000) Integer unitCount) {
    }

    private final Applications applications;
    private final ApplicationResponses responses;
    private final DocumentUploads uploads;

    ApplicationController(Applications applications, ApplicationResponses responses, DocumentUploads uploads) {
        this.applications = applications;
        this.responses = responses;
        this.uploads = uploads;
    }

    @PostMapping
    ResponseEntity<?> create(Actor actor, @Valid @RequestBody NewApplication request,
                             @Parameter(description = ReturnPreference.DESCRIPTION)
                             @RequestHeader(name = ReturnPreference.PREFER, required = false) String prefer) {
        if (request.eligibleCostVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "eligibleCostVnd is required (whole đồng)");
        }
        // unitCount: how many certificates or products the dossier claims for, when the item's cap is per one of them.
        Application application = request.unitCount() == null
                ? applications.create(actor, request.supportItemCode(), request.title(), request.eligibleCostVnd())
                : applications.create(actor, request.supportItemCode(), request.title(), request.eligibleCostVnd(),
                        request.unitCount());
        ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("/api/v1/applications/" + application.id()));
        boolean minimal = ReturnPreference.minimal(prefer);
        return (minimal ? ReturnPreference.applied(created) : created).body(responses.of(actor, application, minimal));
    }

    /**
     * Dossiers the caller may see, filtered, sorted and paged on the server: staff see every filed
     * dossier, a business only its own. {@code q} is a dossier number, part of a business's name, or
     * the start of a tax code or decision number; dates are days in Hà Tĩnh, both ends included.
     */
    @GetMapping
    ResponseEntity<List<ApplicationSummary>> list(Actor actor, @RequestParam(required = false) ApplicationStatus status,
                                                  @RequestParam(required = false) Category category,
                                                  @RequestParam(required = false) @Size(max = 300) String q,
                                                  @RequestParam(required = false) @Size(max = 14) String taxCode,
                                                  @RequestParam(required = false) @Size(max = 60) String supportItemCode,
                                                  @RequestParam(required = false) @Size(max = 60) String policyCode,
                                                  @RequestParam(required = false) @Size(max = 60) String decisionNumber,
                                                  @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedFrom,
                                                  @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedTo,
                                                  @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
                                                  @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo,
                                                  @RequestParam(required = false) @Size(max = 40) String sort,
                                                  @RequestParam(defaultValue = "0") @Paging.Offset int offset,
                                                  @RequestParam(defaultValue = "50") @Paging.Size int limit) {
        ApplicationFilter filter = new ApplicationFilter(null, status, category, q, taxCode, supportItemCode, policyCode,
                decisionNumber, filedFrom, filedTo, decidedFrom, decidedTo, ApplicationSort.parse(sort), offset, limit);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(applications.count(actor, filter)))
                .body(applications.list(actor, filter));
    }

    @GetMapping("/{id}")
    ApplicationResponse get(Actor actor, @PathVariable long id) {
        return responses.of(actor, applications.get(actor, id));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationResponse.DocumentResponse> upload(Actor actor, @PathVariable long id,
                                                                @RequestPart("file") MultipartFile file,
                                                                @RequestParam("kind") @Size(max = 40) String kind) throws IOException {
        var document = uploads.add(actor, id, DocumentUploads.kind(kind), file);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/documents/" + document.id()))
                .body(ApplicationResponse.DocumentResponse.of(document));
    }

    @GetMapping("/{id}/documents")
    List<ApplicationResponse.DocumentResponse> documents(Actor actor, @PathVariable long id) {
        return applications.documents(actor, id).stream().map(ApplicationResponse.DocumentResponse::of).toList();
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long documentId) {
        return DocumentDownloads.attachment(applications.document(actor, id, documentId));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<?> submit(Actor actor, @PathVariable long id,
                             @Parameter(description = ReturnPreference.DESCRIPTION)
                             @RequestHeader(name = ReturnPreference.PREFER, required = false) String prefer) {
        return answer(actor, applications.submit(actor, id), prefer);
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<?> withdraw(Actor actor, @PathVariable long id,
                               @Parameter(description = ReturnPreference.DESCRIPTION)
                               @RequestHeader(name = ReturnPreference.PREFER, required = false) String prefer) {
        return answer(actor, applications.withdraw(actor, id), prefer);
    }

    /** The dossier after a command: whole, or only its number and state when the client prefers. */
    private ResponseEntity<?> answer(Actor actor, Application application, String prefer) {
        boolean minimal = ReturnPreference.minimal(prefer);
        return (minimal ? ReturnPreference.applied(ResponseEntity.ok()) : ResponseEntity.ok())
                .body(responses.of(actor, application, minimal));
    }
}
