package vn.subsidyflow.web.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.EntryType;
import vn.subsidyflow.budget.LedgerEntry;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.budget.LedgerQuery;
import vn.subsidyflow.budget.LineReconciliation;
import vn.subsidyflow.budget.ProgrammeReconciliation;
import vn.subsidyflow.budget.Reconciliation;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.Paging;
import vn.subsidyflow.web.problem.SensibleDate;

/** The ledger itself: its entries (paged, or as CSV) and the reconciliation that proves the balances. */
@RestController
@RequestMapping("/api/v1/budget")
class LedgerController {

    record EntryResponse(long id, Instant occurredAt, long lineId, EntryType entryType, long amountVnd, Long applicationId,
                         Long otherLineId, String actor, String reason, String documentRef, String idempotencyKey) {

        static EntryResponse of(LedgerEntry e) {
            return new EntryResponse(e.id(), e.occurredAt(), e.lineId(), e.entryType(), e.amountVnd(), e.applicationId(),
                    e.otherLineId(), e.actor(), e.reason(), e.documentRef(), e.idempotencyKey());
        }
    }

    record LedgerPage(int page, int size, long total, List<EntryResponse> entries) {
    }

    record LineCheck(long lineId, long policyVersionId, int fiscalYear, String category, boolean consistent,
                     long allocatedVnd, long committedVnd, long disbursedVnd,
                     long ledgerAllocatedVnd, long ledgerCommittedVnd, long ledgerDisbursedVnd) {

        static LineCheck of(LineReconciliation l) {
            return new LineCheck(l.lineId(), l.policyVersionId(), l.fiscalYear(), l.category().name(), l.consistent(),
                    l.allocatedVnd(), l.committedVnd(), l.disbursedVnd(), l.ledgerAllocatedVnd(), l.ledgerCommittedVnd(),
                    l.ledgerDisbursedVnd());
        }
    }

    record ProgrammeCheck(long policyVersionId, String code, boolean consistent, long totalVnd, long allocatedVnd,
                          long linesAllocatedVnd) {

        static ProgrammeCheck of(ProgrammeReconciliation p) {
            return new ProgrammeCheck(p.policyVersionId(), p.code(), p.consistent(), p.totalVnd(), p.allocatedVnd(),
                    p.linesAllocatedVnd());
        }
    }

    record ReconciliationResponse(boolean consistent, Instant checkedAt, List<LineCheck> lines,
                                  List<ProgrammeCheck> programmes) {
    }

    private final BudgetLedger ledger;
    private final LedgerMonitor monitor;

    LedgerController(BudgetLedger ledger, LedgerMonitor monitor) {
        this.ledger = ledger;
        this.monitor = monitor;
    }

    @GetMapping("/ledger")
    LedgerPage ledger(@RequestParam(required = false) Long line, @RequestParam(required = false) Long application,
                      @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(defaultValue = "0") @Paging.Page int page,
                      @RequestParam(defaultValue = "50") @Paging.Size int size) {
        LedgerQuery query = query(line, application, from, to);
        List<EntryResponse> entries = ledger.entries(query, page * size, size).stream().map(EntryResponse::of).toList();
        return new LedgerPage(page, size, ledger.countEntries(query), entries);
    }

    /**
     * The same entries, oldest first, as CSV (RFC 4180, UTF-8), streamed whatever their number; text
     * cells that a spreadsheet would read as a formula start with a single quote ({@link LedgerCsv}).
     */
    @GetMapping("/ledger.csv")
    void export(@RequestParam(required = false) Long line, @RequestParam(required = false) Long application,
                @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_DATE_RANGE)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        LedgerQuery query = query(line, application, from, to);
        try (LedgerCsv csv = LedgerCsv.download(response, false)) {
            ledger.forEachEntry(query, csv::write);
        }
    }

    /** Reconciled now, not recorded: a GET writes nothing (the schedule records its runs). */
    @GetMapping("/reconciliation")
    ReconciliationResponse reconciliation() {
        Reconciliation result = monitor.check();
        return new ReconciliationResponse(result.consistent(), result.checkedAt(),
                result.lines().stream().map(LineCheck::of).toList(),
                result.programmes().stream().map(ProgrammeCheck::of).toList());
    }

    private static LedgerQuery query(Long line, Long application, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainFailure(FailureCode.INVALID_DATE_RANGE, "from must not be after to");
        }
        return new LedgerQuery(line, application, from, to);
    }
}
