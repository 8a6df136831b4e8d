package vn.subsidyflow.report;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.subsidyflow.shared.DomainFailure;

/**
 * The period report, computed from the dossiers themselves: a dossier counts once its support is
 * decided (approved, waiting for budget, committed or paid), in the fiscal year of its decision.
 * One grouped query over a covering index (V30), so a report over a million dossiers stays sub-second.
 */
@Service
public class PeriodReports {

    /** The longest period one report may cover, so nobody asks the database for a century by accident. */
    static final int MAX_YEARS = 20;

    private final PeriodReportMapper mapper;

    PeriodReports(PeriodReportMapper mapper) {
        this.mapper = mapper;
    }

    /** Support decided from {@code from} to {@code to}, both inclusive. */
    public PeriodReport period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw DomainFailure.invalid("INVALID_PERIOD", "from and to are required (ISO dates, e.g. 2025-01-01)");
        }
        if (to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS))) {
            throw DomainFailure.invalid("INVALID_PERIOD", "to must not be before from, nor more than " + MAX_YEARS
                    + " years after it");
        }
        return new PeriodReport(from, to, mapper.supported(from, to));
    }
}
