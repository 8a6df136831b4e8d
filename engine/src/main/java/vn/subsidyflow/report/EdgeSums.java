package vn.subsidyflow.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of a date period's edges, summed in one pass over its {@link EdgeGroup}s: per key
 * (a category, an item code, a version id, a fiscal year and category, or the whole period) the
 * dossiers and đồng, and the businesses not already counted by the tally for the whole months.
 */
final class EdgeSums<K> {

    /** Edge figures of one key. */
    static final class Sum {
        long dossiers;
        long approvedVnd;
        long paidVnd;
        private final Set<Long> newBusinesses = new HashSet<>();

        long businesses() {
            return newBusinesses.size();
        }
    }

    private final Map<K, Sum> sums = new LinkedHashMap<>();

    /** Sums the edges per key; a business counts for a key unless {@code inWholeMonths} says the tally counted it there. */
    static <K> EdgeSums<K> of(List<EdgeGroup> edges, Function<EdgeGroup, K> key, Predicate<EdgeGroup> inWholeMonths) {
        EdgeSums<K> result = new EdgeSums<>();
        for (EdgeGroup e : edges) {
            Sum s = result.sums.computeIfAbsent(key.apply(e), k -> new Sum());
            s.dossiers += e.dossiers();
            s.approvedVnd += e.approvedVnd();
            s.paidVnd += e.paidVnd();
            if (!inWholeMonths.test(e)) {
                s.newBusinesses.add(e.organisationId());
            }
        }
        return result;
    }

    Map<K, Sum> byKey() {
        return sums;
    }

    Sum get(K key) {
        return sums.get(key);
    }

    /** The whole months' breakdown row plus the edges' figures for the same key (either may be absent). */
    static Breakdown add(Breakdown whole, Sum edge, String key, Long id, String nameVi, String nameEn) {
        long businesses = (whole == null ? 0 : whole.businesses()) + (edge == null ? 0 : edge.businesses());
        long dossiers = (whole == null ? 0 : whole.dossiers()) + (edge == null ? 0 : edge.dossiers);
        long approved = (whole == null ? 0 : whole.approvedVnd()) + (edge == null ? 0 : edge.approvedVnd);
        long paid = (whole == null ? 0 : whole.paidVnd()) + (edge == null ? 0 : edge.paidVnd);
        return new Breakdown(key, id, nameVi, nameEn, businesses, dossiers, approved, paid);
    }
}
