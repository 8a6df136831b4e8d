package vn.subsidyflow.web.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetOverview;
import vn.subsidyflow.budget.EntryType;
import vn.subsidyflow.budget.LedgerEntry;
import vn.subsidyflow.budget.LedgerQuery;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.workflow.Step;

/** Finance: allocation vs committed vs paid per year and category, dossiers awaiting payment, the ledger and its export. */
@PageController
class FinancePageController {

    private static final int LEDGER_PAGE = 500;

    private final BudgetLedger ledger;
    private final Inbox inbox;
    private final WorkingDayCalendar calendar;

    FinancePageController(BudgetLedger ledger, Inbox inbox, WorkingDayCalendar calendar) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.calendar = calendar;
    }

    @GetMapping("/finance")
    String dashboard(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int fiscalYear = year != null ? year : calendar.today().getYear();
        BudgetOverview overview = ledger.overview(fiscalYear);
        model.addAttribute("overview", overview);
        model.addAttribute("year", fiscalYear);
        List<BudgetLine> allLines = ledger.allLines(); // read once: the year list and the line names both come from it
        model.addAttribute("years", years(allLines, fiscalYear));
        model.addAttribute("chart", BudgetChart.of(overview));
        model.addAttribute("awaitingPayment", actor.has(Role.FINANCE)
                ? inbox.tasks(actor, new InboxFilter(Step.PAYMENT.key(), null, null, false, 0, 200)) : List.of());
        model.addAttribute("recent", ledger.entries(null, null, 0, 8));
        model.addAttribute("lines", lineIndex(allLines));
        model.addAttribute("canMove", actor.hasAny(Role.FINANCE, Role.ADMIN));
        return "finance/dashboard";
    }

    @GetMapping("/finance/ledger")
    String ledger(@RequestParam(required = false) Long line, @RequestParam(name = "dossier", required = false) Long application,
                  @RequestParam(required = false) EntryType type, Model model) {
        model.addAttribute("entries", entries(line, application, type));
        model.addAttribute("lines", lineIndex(ledger.allLines()));
        model.addAttribute("types", EntryType.values());
        model.addAttribute("f", new java.util.HashMap<>(Map.of("line", line == null ? "" : line, "dossier", application == null ? "" : application,
                "type", type == null ? "" : type.name())));
        return "finance/ledger";
    }

    /** The ledger as filtered on the page, in the API's CSV format, with every matching entry (not one page of them). */
    @GetMapping("/finance/ledger.csv")
    void export(@RequestParam(required = false) Long line, @RequestParam(name = "dossier", required = false) Long application,
                @RequestParam(required = false) EntryType type, HttpServletResponse response) throws IOException {
        try (LedgerCsv csv = LedgerCsv.download(response, true)) {
            ledger.forEachEntry(new LedgerQuery(line, application, null, null, type), csv::write);
        }
    }

    /** The newest page of the entries that match every filter, all applied by the ledger's query. */
    private List<LedgerEntry> entries(Long line, Long application, EntryType type) {
        return ledger.entries(new LedgerQuery(line, application, null, null, type), 0, LEDGER_PAGE);
    }

    private static Map<Long, BudgetLine> lineIndex(List<BudgetLine> lines) {
        return lines.stream().collect(Collectors.toMap(BudgetLine::id, Function.identity()));
    }

    private List<Integer> years(List<BudgetLine> lines, int selected) {
        TreeSet<Integer> years = lines.stream().map(BudgetLine::fiscalYear).collect(Collectors.toCollection(TreeSet::new));
        years.add(selected);
        years.add(calendar.today().getYear());
        return List.copyOf(years.descendingSet());
    }
}
