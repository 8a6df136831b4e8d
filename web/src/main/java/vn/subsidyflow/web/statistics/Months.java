package vn.subsidyflow.web.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** A month as the page and the API take it, {@code yyyy-MM}; blank means not given. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, name + " must be a month, yyyy-MM (e.g. 2026-01)",
                    Map.of("field", name));
        }
    }
}
