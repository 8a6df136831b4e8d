package vn.subsidyflow.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.database.TextColumnTypeHandler;

/** Stores the applicant types an item accepts as one comma-separated column; empty or NULL means every one. */
public class OrganisationTypesTypeHandler extends TextColumnTypeHandler<List<OrganisationType>> {

    @Override
    protected String format(List<OrganisationType> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    protected List<OrganisationType> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(OrganisationType::valueOf).toList();
    }
}
