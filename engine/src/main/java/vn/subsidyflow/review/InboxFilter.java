package vn.subsidyflow.review;

import java.time.Instant;
import vn.subsidyflow.catalog.Category;

/**
 * Inbox filters; all optional. {@code dueFrom} (inclusive) and {@code dueBefore} (exclusive) keep the
 * tasks due in that window ("overdue" is before now, "due soon" from now to a few working days on);
 * tasks without a due date fall outside any window. Sorted by {@link Order}, most urgent first by default.
 */
public record InboxFilter(String taskKey, Category category, Long applicationId, boolean mineOnly, Instant dueFrom,
                          Instant dueBefore, Order order, int offset, int limit) {

    /** The orders the inbox offers; the SQL of each is fixed in the mapper. */
    public enum Order {
        /** Soonest due first, undated last. */
        DUE,
        /** Oldest task first. */
        RECEIVED,
        /** By the applicant's name. */
        ORGANISATION,
        /** Largest maximum support first. */
        AMOUNT
    }

    public static final int MAX_LIMIT = 200;

    public InboxFilter {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
        order = order == null ? Order.DUE : order;
    }

    /** Tasks of a step, category or dossier, soonest due first. */
    public InboxFilter(String taskKey, Category category, Long applicationId, boolean mineOnly, int offset, int limit) {
        this(taskKey, category, applicationId, mineOnly, null, null, Order.DUE, offset, limit);
    }

    public static InboxFilter firstPage() {
        return new InboxFilter(null, null, null, false, 0, 50);
    }

    /** True when the page can be read queue by queue from the due-date indexes (the default inbox page). */
    public boolean isQueueOrder() {
        return taskKey == null && category == null && applicationId == null && dueFrom == null && dueBefore == null
                && order == Order.DUE;
    }
}
