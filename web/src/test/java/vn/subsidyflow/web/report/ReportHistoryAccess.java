package vn.subsidyflow.web.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ReportHistory} for tests of other packages (the disclosure): what they may read of it. */
public final class ReportHistoryAccess {

    public record Decided(String businessName, String decisionNumber, long approvedVnd, LocalDate decidedOn) {
    }

    private final ReportHistory history;

    private ReportHistoryAccess(ReportHistory history) {
        this.history = history;
    }

    public static ReportHistoryAccess insert(JdbcTemplate jdbc) {
        return new ReportHistoryAccess(ReportHistory.insert(jdbc));
    }

    public int year() {
        return history.year;
    }

    /** The supported dossiers decided in the year: what the disclosure must list. */
    public List<Decided> decidedIn(int year) {
        return history.dossiers.stream().filter(ReportHistory.Dossier::supported).filter(d -> d.decidedOn().getYear() == year)
                .map(d -> new Decided(d.business().name(), d.decisionNumber(), d.approvedVnd(), d.decidedOn())).toList();
    }

    /** Decision numbers of dossiers decided without support (refused): never public. */
    public List<String> undecidedNumbers() {
        return history.dossiers.stream().filter(d -> !d.supported() && d.decisionNumber() != null)
                .map(ReportHistory.Dossier::decisionNumber).toList();
    }

    public List<String> taxCodes() {
        return history.businesses.stream().map(ReportHistory.Business::taxCode).toList();
    }

    public List<String> emails() {
        return history.businesses.stream().map(ReportHistory.Business::email).toList();
    }

    /** The version the history's newer dossiers were decided under, and its code. */
    public long newerVersion() {
        return history.newerVersion;
    }

    public String newerCode() {
        return history.newerCode;
    }
}
