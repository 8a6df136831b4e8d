package vn.subsidyflow.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetOverview;
import vn.subsidyflow.budget.EntryType;
import vn.subsidyflow.budget.LedgerEntry;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.budget.CsvCells;
import vn.subsidyflow.workflow.Step;

/** Finance: allocation vs committed vs paid per year and category, dossiers awaiting payment, the ledger and its export. */
@Controller
class FinanceController {

    private static final int LEDGER_PAGE = 500;

    private final BudgetLedger ledger;
    private final Inbox inbox;
    private final WorkingDayCalendar calendar;
    private final Formats formats;

    FinanceController(BudgetLedger ledger, Inbox inbox, WorkingDayCalendar calendar, Formats formats) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.calendar = calendar;
        this.formats = formats;
    }

    @GetMapping("/finance")
    String dashboard(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int fiscalYear = year != null ? year : calendar.today().getYear();
        BudgetOverview overview = ledger.overview(fiscalYear);
        model.addAttribute("overview", overview);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", years(fiscalYear));
        model.addAttribute("chart", BudgetChart.of(overview));
        model.addAttribute("awaitingPayment", actor.has(Role.FINANCE)
                ? inbox.tasks(actor, new InboxFilter(Step.PAYMENT.key(), null, null, false, 0, 200)) : List.of());
        model.addAttribute("recent", ledger.entries(null, null, 0, 8));
        model.addAttribute("lines", lineIndex());
        return "finance/dashboard";
    }

    @GetMapping("/finance/ledger")
    String ledger(@RequestParam(required = false) Long line, @RequestParam(required = false) Long dossier,
                  @RequestParam(required = false) EntryType type, Model model) {
        model.addAttribute("entries", entries(line, dossier, type));
        model.addAttribute("lines", lineIndex());
        model.addAttribute("types", EntryType.values());
        model.addAttribute("f", new java.util.HashMap<>(Map.of("line", line == null ? "" : line, "dossier", dossier == null ? "" : dossier,
                "type", type == null ? "" : type.name())));
        return "finance/ledger";
    }

    @GetMapping("/finance/ledger.csv")
    void export(@RequestParam(required = false) Long line, @RequestParam(required = false) Long dossier,
                @RequestParam(required = false) EntryType type, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger.csv\"");
        Map<Long, BudgetLine> lines = lineIndex();
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so spreadsheet programs read the Vietnamese text as UTF-8
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "type",
                "amount_vnd", "line_id", "fiscal_year", "category", "application_id", "actor", "reason", "document_ref").get())) {
            for (LedgerEntry e : entries(line, dossier, type)) {
                BudgetLine l = lines.get(e.lineId());
                // Typed text is neutralised against formulas; numbers, enums and the formatted time go out as they are.
                csv.printRecord(e.id(), formats.dateTime(e.occurredAt()), e.entryType(), e.amountVnd(), e.lineId(),
                        l == null ? "" : l.fiscalYear(), l == null ? "" : l.category(), e.applicationId(),
                        CsvCells.text(e.actor()), CsvCells.text(e.reason()), CsvCells.text(e.documentRef()));
            }
        }
    }

    private List<LedgerEntry> entries(Long line, Long dossier, EntryType type) {
        return ledger.entries(line, dossier, 0, LEDGER_PAGE).stream()
                .filter(e -> type == null || e.entryType() == type).toList();
    }

    private Map<Long, BudgetLine> lineIndex() {
        return ledger.allLines().stream().collect(Collectors.toMap(BudgetLine::id, Function.identity()));
    }

    private List<Integer> years(int selected) {
        TreeSet<Integer> years = ledger.allLines().stream().map(BudgetLine::fiscalYear).collect(Collectors.toCollection(TreeSet::new));
        years.add(selected);
        years.add(calendar.today().getYear());
        return List.copyOf(years.descendingSet());
    }
}
