package vn.subsidyflow.web.imports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.imports.HistoryImports;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.budget.CsvCells;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * Administration of the history import: upload a file, see what it brought or every error in it
 * (the errors also as a CSV file, to fix the file beside them), and the imports made so far.
 */
@PageController
class HistoryImportPageController implements FormPage {

    // The errors of the last refused file, for its CSV download: kept in the session, as nothing of
    // a refused file is written to the database.
    static final String ERRORS = "historyImportErrors";
    // A page shows this many errors; the CSV file has every one.
    private static final int SHOWN = 500;

    private final HistoryImports imports;

    HistoryImportPageController(HistoryImports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/imports")
    String index(Model model) {
        model.addAttribute("imports", imports.recent(50));
        model.addAttribute("maxMegabytes", imports.maxFileBytes() / (1024 * 1024));
        return "admin/imports";
    }

    @GetMapping("/admin/imports/{id}")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("result", imports.find(id));
        return index(model);
    }

    @PostMapping("/admin/imports")
    String upload(Actor actor, @RequestParam(required = false) MultipartFile file, HttpSession session,
                  RedirectAttributes redirect) throws IOException {
        HistoryImports.Outcome outcome = imports.importFile(actor, HistoryImportController.fileName(file),
                HistoryImportController.size(file), HistoryImportController.content(file));
        session.removeAttribute(ERRORS);
        redirect.addFlashAttribute("notice", outcome.earlier() ? "notice.historyImportedBefore" : "notice.historyImported");
        return "redirect:/admin/imports/" + outcome.historyImport().id();
    }

    /** The errors of the last refused file, one a line: row, column, code, message. */
    @GetMapping("/admin/imports/errors.csv")
    void errors(HttpSession session, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> errors = errorsOf(session.getAttribute(ERRORS));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"history-errors.csv\"");
        Writer writer = response.getWriter();
        writer.write('\uFEFF'); // spreadsheet programs then read the Vietnamese messages as UTF-8
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("row", "column", "code", "message").get().print(writer)) {
            for (Map<String, Object> error : errors) {
                csv.printRecord(error.get("row"), CsvCells.text((String) error.get("column")), error.get("code"),
                        CsvCells.text((String) error.get("message")));
            }
        }
    }

    /** A refused file: its errors in a table (and for the CSV download), the page as it was otherwise. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        form.answer(422);
        DomainFailure failure = form.failure();
        if (failure.failureCode() == FailureCode.IMPORT_REFUSED) {
            List<Map<String, Object>> errors = errorsOf(failure.details().get("errors"));
            form.request().getSession().setAttribute(ERRORS, errors);
            model.addAttribute("refused", failure);
            // A file with very many errors lists the first ones; the count is of all.
            model.addAttribute("errorCount", failure.details().get("errorCount") instanceof Integer count ? count : errors.size());
            model.addAttribute("shownErrors", errors.subList(0, Math.min(SHOWN, errors.size())));
        }
        return index(model);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errorsOf(Object errors) {
        return errors instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
