package vn.subsidyflow.applicant;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.subsidyflow.database.TextColumnTypeHandler;
import vn.subsidyflow.shared.Role;

/** Reads a user's roles aggregated into one comma-separated column. */
public class RolesTypeHandler extends TextColumnTypeHandler<Set<Role>> {

    @Override
    protected String format(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    protected Set<Role> parse(String value) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
