package vn.subsidyflow.application;

import vn.subsidyflow.catalog.Category;

/**
 * What a list shows. {@code organisationId} is forced to the caller's own organisation for applicants.
 */
public record ApplicationFilter(Long organisationId, ApplicationStatus status, Category category, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public ApplicationFilter {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }
}
