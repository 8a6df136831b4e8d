package vn.subsidyflow.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.database.TextColumnTypeHandler;

/** Stores the declared sizes an item accepts as one comma-separated column; empty or NULL means every one. */
public class OrganisationSizesTypeHandler extends TextColumnTypeHandler<List<OrganisationSize>> {

    @Override
    protected String format(List<OrganisationSize> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    protected List<OrganisationSize> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(OrganisationSize::valueOf).toList();
    }
}
