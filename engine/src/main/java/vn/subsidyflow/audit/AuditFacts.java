package vn.subsidyflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named facts of one trail row, for readers to word in their own language. Names say how a
 * value reads: {@code …Vnd} an amount in whole đồng, {@code …On} a day, {@code …At} an instant; a
 * value is a number or a text (enums by name, days and instants in ISO form). Null values are left
 * out, so a fact that did not apply is simply absent.
 */
public final class AuditFacts {

    private AuditFacts() {
    }

    /** Facts from alternating names and values: {@code of("item", "ISO_9001", "eligibleCostVnd", 96_000_000L)}. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Facts come in name, value pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                facts.put((String) namesAndValues[i], plain(value));
            }
        }
        return Collections.unmodifiableMap(facts);
    }

    private static Object plain(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
