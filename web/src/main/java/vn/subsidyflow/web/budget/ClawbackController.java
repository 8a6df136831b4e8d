package vn.subsidyflow.web.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.disbursement.Clawbacks;
import vn.subsidyflow.disbursement.FiscalYearEnd;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.AmountVnd;
import vn.subsidyflow.web.problem.FiscalYear;
import vn.subsidyflow.web.problem.IdempotencyKey;

/** Money coming back to the budget: clawbacks from businesses, and commitments at fiscal-year end. */
@RestController
@RequestMapping("/api/v1/budget")
class ClawbackController {

    /** More dossiers than a programme commits in a year; bounds the request, not the domain. */
    static final int MAX_RELEASES = 100_000;

    record NewClawback(Long applicationId, @AmountVnd Long amountVnd, @Size(max = Budgets.MAX_REASON) String reason,
                       @Size(max = Budgets.MAX_DOCUMENT_REF) String documentRef) {
    }

    record YearEndClosing(@Size(max = 60) String policyCode, @FiscalYear Integer fiscalYear,
                          @Size(max = MAX_RELEASES) Set<@NotNull Long> releaseApplicationIds,
                          @Size(max = Budgets.MAX_REASON) String reason,
                          @Size(max = Budgets.MAX_DOCUMENT_REF) String documentRef) {
    }

    /** The counts per action, and every dossier moved: commitments, and waitlisted dossiers ({@code WAITLIST_*}). */
    record YearEndResponse(int fiscalYear, int carriedOver, int released, int waitlistCarriedOver, int waitlistReleased,
                           List<FiscalYearEnd.Move> moves) {

        static YearEndResponse of(int fiscalYear, List<FiscalYearEnd.Move> moves) {
            return new YearEndResponse(fiscalYear, count(moves, FiscalYearEnd.Action.CARRIED_OVER),
                    count(moves, FiscalYearEnd.Action.RELEASED), count(moves, FiscalYearEnd.Action.WAITLIST_CARRIED_OVER),
                    count(moves, FiscalYearEnd.Action.WAITLIST_RELEASED), moves);
        }

        private static int count(List<FiscalYearEnd.Move> moves, FiscalYearEnd.Action action) {
            return (int) moves.stream().filter(m -> m.action() == action).count();
        }
    }

    private final Clawbacks clawbacks;
    private final FiscalYearEnd yearEnd;
    private final MoneyRequests money;

    ClawbackController(Clawbacks clawbacks, FiscalYearEnd yearEnd, MoneyRequests money) {
        this.clawbacks = clawbacks;
        this.yearEnd = yearEnd;
        this.money = money;
    }

    @PostMapping("/clawbacks")
    ResponseEntity<String> clawback(Actor actor, @Valid @RequestBody NewClawback request,
                                    @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request.applicationId() == null || request.amountVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "applicationId and amountVnd are required");
        }
        return money.execute(actor, key, "POST", "/api/v1/budget/clawbacks", request, () ->
                ResponseEntity.status(HttpStatus.CREATED).body(clawbacks.record(actor, request.applicationId(),
                        request.amountVnd(), request.reason(), request.documentRef(), key)));
    }

    @PostMapping("/year-end-closings")
    ResponseEntity<String> closeYear(Actor actor, @Valid @RequestBody YearEndClosing request,
                                     @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request.fiscalYear() == null) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "fiscalYear is required");
        }
        return money.execute(actor, key, "POST", "/api/v1/budget/year-end-closings", request, () -> {
            List<FiscalYearEnd.Move> moves = yearEnd.close(actor, request.policyCode(), request.fiscalYear(), request.releaseApplicationIds(),
                    request.reason(), request.documentRef());
            return ResponseEntity.ok(YearEndResponse.of(request.fiscalYear(), moves));
        });
    }
}
