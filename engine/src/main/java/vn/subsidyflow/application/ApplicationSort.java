package vn.subsidyflow.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The order of a dossier list: one of a fixed list of fields, ascending or descending. The column
 * is written into the SQL, so it comes only from this list, never from the request's text.
 */
public record ApplicationSort(Field field, boolean descending) {

    /** Newest dossier first: what a list showed before it could be sorted. */
    public static final ApplicationSort DEFAULT = new ApplicationSort(Field.ID, true);

    public enum Field {
        ID("id", "a.id"),
        FILED_AT("filedAt", "a.submitted_at"),
        DECIDED_AT("decidedAt", "a.decision_date"),
        BUSINESS_NAME("businessName", "o.name"),
        STATUS("status", "a.status"),
        APPROVED_AMOUNT("approvedAmountVnd", "a.approved_amount_vnd"),
        UPDATED_AT("updatedAt", "a.updated_at");

        private static final Map<String, Field> BY_NAME =
                Arrays.stream(values()).collect(Collectors.toMap(Field::parameter, f -> f));

        private final String parameter;
        private final String column;

        Field(String parameter, String column) {
            this.parameter = parameter;
            this.column = column;
        }

        /** The name a request uses. */
        public String parameter() {
            return parameter;
        }
    }

    public ApplicationSort {
        if (field == null) {
            throw new IllegalArgumentException("field is required");
        }
    }

    /** The SQL column; read by the mapper. */
    public String column() {
        return field.column;
    }

    /** {@code field} or {@code field,asc} / {@code field,desc}; null or blank is the default order. */
    public static ApplicationSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.split(",", -1);
        Field field = Field.BY_NAME.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new DomainFailure(FailureCode.INVALID_SORT, "sort must be one of " + Field.BY_NAME.keySet().stream().sorted().toList()
                    + ", optionally followed by ,asc or ,desc", Map.of("field", "sort"));
        }
        return new ApplicationSort(field, direction.equals("desc"));
    }

    /** The text {@link #parse} reads back, for links that keep the order. */
    public String parameter() {
        return field.parameter + (descending ? ",desc" : ",asc");
    }
}
