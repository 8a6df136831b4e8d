package vn.subsidyflow.web.budget;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.disbursement.FiscalYearEnd;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * Finance moves budget money from the pages as through the API: the lines of a fiscal year, a
 * top-up, a transfer, the closing of a year. Each form is first checked and summed up on a
 * confirmation page; only its confirm button moves money, through the same engine calls as the API,
 * once per one-time token (the token is the request's idempotency key, so a confirm sent twice —
 * a double click, a reload — moves the money once and answers as the first time).
 */
@PageController
class BudgetPageController implements FormPage {

    private static final String REPLAYED = "Idempotent-Replayed";

    private final Budgets budgets;
    private final BudgetLedger ledger;
    private final FiscalYearEnd yearEnd;
    private final MoneyRequests money;
    private final PolicyVersions policies;
    private final WorkingDayCalendar calendar;

    BudgetPageController(Budgets budgets, BudgetLedger ledger, FiscalYearEnd yearEnd, MoneyRequests money,
                         PolicyVersions policies, WorkingDayCalendar calendar) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.yearEnd = yearEnd;
        this.money = money;
        this.policies = policies;
        this.calendar = calendar;
    }

    // --- the lines of a fiscal year -----------------------------------------------------------------

    @GetMapping("/finance/lines/new")
    String newLines(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.LINES.typed(field -> null);
        typed.put("fiscalYear", String.valueOf(year != null ? year : calendar.today().getYear()));
        return form(BudgetMovement.LINES, null, typed, model);
    }

    @PostMapping("/finance/lines")
    String reviewLines(Actor actor, HttpServletRequest request, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.LINES.typed(request::getParameter);
        return confirmation(BudgetMovement.LINES, null, typed, BudgetMovement.lines(typed), model);
    }

    @PostMapping("/finance/lines/confirm")
    String confirmLines(Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.LINES.typed(request::getParameter);
        if (request.getParameter("edit") != null) {
            return form(BudgetMovement.LINES, null, typed, model);
        }
        BudgetMovement.NewLines lines = BudgetMovement.lines(typed);
        String token = token(request);
        boolean replayed = once(actor, token, "/finance/lines", lines, () -> lines.amounts().forEach((category, amount) ->
                // One ledger key per line, all derived from the form's token.
                budgets.allocate(actor, lines.policyCode(), lines.fiscalYear(), category, amount, lines.reason(),
                        lines.documentRef(), token + ":" + category.ordinal())));
        return done(redirect, replayed, "notice.linesAllocated", lines.fiscalYear());
    }

    // --- a top-up ----------------------------------------------------------------------------------

    @GetMapping("/finance/lines/{id}/top-up")
    String newTopUp(Actor actor, @PathVariable long id, Model model) {
        Budgets.requireFinance(actor);
        return form(BudgetMovement.TOP_UP, id, BudgetMovement.TOP_UP.typed(field -> null), model);
    }

    @PostMapping("/finance/lines/{id}/top-up")
    String reviewTopUp(Actor actor, @PathVariable long id, HttpServletRequest request, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.TOP_UP.typed(request::getParameter);
        return confirmation(BudgetMovement.TOP_UP, id, typed, BudgetMovement.topUp(id, typed), model);
    }

    @PostMapping("/finance/lines/{id}/top-up/confirm")
    String confirmTopUp(Actor actor, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.TOP_UP.typed(request::getParameter);
        if (request.getParameter("edit") != null) {
            return form(BudgetMovement.TOP_UP, id, typed, model);
        }
        BudgetMovement.TopUp topUp = BudgetMovement.topUp(id, typed);
        String token = token(request);
        boolean replayed = once(actor, token, "/finance/lines/" + id + "/top-up", topUp, () ->
                budgets.topUp(actor, id, topUp.amountVnd(), topUp.reason(), topUp.documentRef(), token));
        return done(redirect, replayed, "notice.toppedUp", ledger.line(id).fiscalYear());
    }

    // --- a transfer between two lines ----------------------------------------------------------------

    @GetMapping("/finance/transfers/new")
    String newTransfer(Actor actor, @RequestParam(required = false) Long from, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.TRANSFER.typed(field -> null);
        typed.put("fromLineId", from == null ? "" : String.valueOf(from));
        return form(BudgetMovement.TRANSFER, null, typed, model);
    }

    @PostMapping("/finance/transfers")
    String reviewTransfer(Actor actor, HttpServletRequest request, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.TRANSFER.typed(request::getParameter);
        return confirmation(BudgetMovement.TRANSFER, null, typed, BudgetMovement.transfer(typed), model);
    }

    @PostMapping("/finance/transfers/confirm")
    String confirmTransfer(Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.TRANSFER.typed(request::getParameter);
        if (request.getParameter("edit") != null) {
            return form(BudgetMovement.TRANSFER, null, typed, model);
        }
        BudgetMovement.Transfer transfer = BudgetMovement.transfer(typed);
        String token = token(request);
        boolean replayed = once(actor, token, "/finance/transfers", transfer, () -> budgets.transfer(actor,
                transfer.fromLineId(), transfer.toLineId(), transfer.amountVnd(), transfer.reason(), transfer.documentRef(), token));
        return done(redirect, replayed, "notice.transferred", ledger.line(transfer.fromLineId()).fiscalYear());
    }

    // --- the closing of a fiscal year ---------------------------------------------------------------

    @GetMapping("/finance/year-end")
    String newYearEnd(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.YEAR_END.typed(field -> null);
        typed.put("fiscalYear", String.valueOf(year != null ? year : calendar.today().getYear()));
        return form(BudgetMovement.YEAR_END, null, typed, model);
    }

    @PostMapping("/finance/year-end")
    String reviewYearEnd(Actor actor, HttpServletRequest request, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.YEAR_END.typed(request::getParameter);
        return confirmation(BudgetMovement.YEAR_END, null, typed, BudgetMovement.yearEnd(typed), model);
    }

    @PostMapping("/finance/year-end/confirm")
    String confirmYearEnd(Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        Budgets.requireFinance(actor);
        Map<String, String> typed = BudgetMovement.YEAR_END.typed(request::getParameter);
        if (request.getParameter("edit") != null) {
            return form(BudgetMovement.YEAR_END, null, typed, model);
        }
        BudgetMovement.YearEnd closing = BudgetMovement.yearEnd(typed);
        boolean replayed = once(actor, token(request), "/finance/year-end", closing, () -> yearEnd.close(actor,
                closing.policyCode(), closing.fiscalYear(), closing.release(), closing.reason(), closing.documentRef()));
        return done(redirect, replayed, "notice.yearClosed", closing.fiscalYear());
    }

    // --- shared ------------------------------------------------------------------------------------

    /**
     * The form again with what was typed. A refusal that names no field of the form (not enough money
     * on the line, a closed year, …) is said at its top; a caller who may not move money gets the 403 page.
     */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        DomainFailure failure = form.failure();
        if (failure.kind() == DomainFailure.Kind.FORBIDDEN) {
            form.answer(403);
            model.addAttribute("status", 403);
            model.addAttribute("failure", failure);
            return "error/403";
        }
        BudgetMovement movement = movementOf(form);
        Map<String, DomainFailure> errors = new LinkedHashMap<>(Forms.errors(failure));
        if (!movement.fields().contains(errors.keySet().iterator().next())) {
            errors = Map.of("_global", failure);
        }
        model.addAttribute("errors", errors);
        Long lineId = movement == BudgetMovement.TOP_UP ? Long.valueOf(form.pathVariable("id")) : null;
        return form(movement, lineId, movement.typed(form::param), model);
    }

    private static BudgetMovement movementOf(RefusedForm form) {
        for (BudgetMovement movement : BudgetMovement.values()) {
            String name = Character.toUpperCase(movement.view().charAt(0)) + movement.view().substring(1);
            if (form.handledBy("review" + name) || form.handledBy("confirm" + name)) {
                return movement;
            }
        }
        throw new IllegalStateException("No budget form is handled by this method");
    }

    private String form(BudgetMovement movement, Long lineId, Map<String, String> typed, Model model) {
        model.addAttribute("action", movement.view());
        model.addAttribute("typed", typed);
        model.addAttribute("allLines", sortedLines());
        model.addAttribute("policies", policies.versions());
        if (lineId != null) {
            model.addAttribute("line", ledger.line(lineId));
        }
        return "finance/movement";
    }

    /** "You are about to …": the checked movement, and a fresh one-time token for its confirm button. */
    private String confirmation(BudgetMovement movement, Long lineId, Map<String, String> typed, Object checked, Model model) {
        model.addAttribute("action", movement.view());
        model.addAttribute("typed", typed);
        model.addAttribute("movement", checked);
        model.addAttribute("token", UUID.randomUUID().toString());
        model.addAttribute("lineIndex", sortedLines().stream().collect(Collectors.toMap(BudgetLine::id, Function.identity())));
        if (lineId != null) {
            model.addAttribute("line", ledger.line(lineId));
        }
        return "finance/confirm";
    }

    private List<BudgetLine> sortedLines() {
        return ledger.allLines().stream()
                .sorted(Comparator.comparing(BudgetLine::fiscalYear).reversed().thenComparing(BudgetLine::category))
                .toList();
    }

    private static String token(HttpServletRequest request) {
        String token = request.getParameter("token");
        if (token == null || !token.matches("[0-9a-fA-F-]{1,64}")) {
            // Only a hand-made request lacks the token its confirmation page carries.
            throw new DomainFailure(FailureCode.INVALID_INPUT, "The confirmation has no valid one-time token");
        }
        return token;
    }

    /**
     * Runs the movement once per token, in one transaction with the token's record (as the API does
     * with an {@code Idempotency-Key}); true when the token had already moved the money.
     */
    private boolean once(Actor actor, String token, String path, Object checked, Runnable movement) {
        ResponseEntity<String> answer = money.execute(actor, token, "POST", path, checked, () -> {
            movement.run();
            return ResponseEntity.ok(Map.of("done", true));
        });
        return "true".equals(answer.getHeaders().getFirst(REPLAYED));
    }

    private static String done(RedirectAttributes redirect, boolean replayed, String notice, int fiscalYear) {
        redirect.addFlashAttribute("notice", replayed ? "notice.alreadyDone" : notice);
        return "redirect:/finance?year=" + fiscalYear;
    }
}
