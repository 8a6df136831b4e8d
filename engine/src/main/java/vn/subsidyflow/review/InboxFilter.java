package vn.subsidyflow.review;

import vn.subsidyflow.catalog.Category;

/** Inbox filters; all optional. Sorted by due date, earliest (most urgent) first. */
public record InboxFilter(String taskKey, Category category, Long applicationId, boolean mineOnly, int offset, int limit) {

    public InboxFilter {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, 200);
    }

    public static InboxFilter firstPage() {
        return new InboxFilter(null, null, null, false, 0, 50);
    }
}
