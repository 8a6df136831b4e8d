package vn.subsidyflow.web.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetOverview;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.AmountVnd;
import vn.subsidyflow.web.problem.FiscalYear;
import vn.subsidyflow.web.problem.IdempotencyKey;

/**
 * Budget lines and their balances. Every POST here moves money and honours {@code Idempotency-Key}:
 * the same key and body give the first response again; the same key with another body is refused.
 */
@RestController
@RequestMapping("/api/v1/budget")
class BudgetController {

    record LineResponse(long id, long policyVersionId, int fiscalYear, Category category, long allocatedVnd,
                        long committedVnd, long disbursedVnd, long availableVnd) {

        static LineResponse of(BudgetLine l) {
            return new LineResponse(l.id(), l.policyVersionId(), l.fiscalYear(), l.category(), l.allocatedVnd(),
                    l.committedVnd(), l.disbursedVnd(), l.availableVnd());
        }
    }

    record BudgetResponse(int fiscalYear, long programTotalVnd, long allocatedVnd, long committedVnd, long disbursedVnd,
                          long availableVnd, List<LineResponse> lines) {

        static BudgetResponse of(BudgetOverview o) {
            return new BudgetResponse(o.fiscalYear(), o.programTotalVnd(), o.allocatedVnd(), o.committedVnd(),
                    o.disbursedVnd(), o.availableVnd(), o.lines().stream().map(LineResponse::of).toList());
        }
    }

    record NewLine(@FiscalYear Integer fiscalYear, Category category, @AmountVnd Long allocatedVnd,
                   @Size(max = 60) String policyCode, @Size(max = Budgets.MAX_REASON) String reason,
                   @Size(max = Budgets.MAX_DOCUMENT_REF) String documentRef) {
    }

    record TopUp(@AmountVnd Long amountVnd, @Size(max = Budgets.MAX_REASON) String reason,
                 @Size(max = Budgets.MAX_DOCUMENT_REF) String documentRef) {
    }

    record Transfer(Long fromLineId, Long toLineId, @AmountVnd Long amountVnd, @Size(max = Budgets.MAX_REASON) String reason,
                    @Size(max = Budgets.MAX_DOCUMENT_REF) String documentRef) {
    }

    record TransferResponse(long amountVnd, String reason, String documentRef, LineResponse from, LineResponse to) {
    }

    private final BudgetLedger ledger;
    private final Budgets budgets;
    private final WorkingDayCalendar calendar;
    private final MoneyRequests money;

    BudgetController(BudgetLedger ledger, Budgets budgets, WorkingDayCalendar calendar, MoneyRequests money) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.calendar = calendar;
        this.money = money;
    }

    @GetMapping
    BudgetResponse overview(@RequestParam(required = false) @FiscalYear Integer fiscalYear) {
        return BudgetResponse.of(ledger.overview(fiscalYear != null ? fiscalYear : calendar.today().getYear()));
    }

    @PostMapping("/lines")
    ResponseEntity<String> allocate(Actor actor, @Valid @RequestBody NewLine request,
                                    @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request.fiscalYear() == null || request.allocatedVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "fiscalYear, category and allocatedVnd are required");
        }
        return money.execute(actor, key, "POST", "/api/v1/budget/lines", request, () -> {
            BudgetLine line = budgets.allocate(actor, request.policyCode(), request.fiscalYear(), request.category(),
                    request.allocatedVnd(), request.reason(), request.documentRef(), key);
            return ResponseEntity.status(HttpStatus.CREATED).body(LineResponse.of(line));
        });
    }

    @PostMapping("/lines/{id}/top-ups")
    ResponseEntity<String> topUp(Actor actor, @PathVariable long id, @Valid @RequestBody TopUp request,
                                 @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request.amountVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "amountVnd is required (whole đồng)");
        }
        return money.execute(actor, key, "POST", "/api/v1/budget/lines/" + id + "/top-ups", request, () ->
                ResponseEntity.ok(LineResponse.of(budgets.topUp(actor, id, request.amountVnd(), request.reason(),
                        request.documentRef(), key))));
    }

    @PostMapping("/transfers")
    ResponseEntity<String> transfer(Actor actor, @Valid @RequestBody Transfer request,
                                    @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request.fromLineId() == null || request.toLineId() == null || request.amountVnd() == null) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "fromLineId, toLineId and amountVnd are required");
        }
        return money.execute(actor, key, "POST", "/api/v1/budget/transfers", request, () -> {
            budgets.transfer(actor, request.fromLineId(), request.toLineId(), request.amountVnd(), request.reason(),
                    request.documentRef(), key);
            return ResponseEntity.status(HttpStatus.CREATED).body(new TransferResponse(request.amountVnd(),
                    request.reason().trim(), request.documentRef().trim(), LineResponse.of(ledger.line(request.fromLineId())),
                    LineResponse.of(ledger.line(request.toLineId()))));
        });
    }
}
