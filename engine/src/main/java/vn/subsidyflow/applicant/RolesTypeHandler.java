package vn.subsidyflow.applicant;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import vn.subsidyflow.shared.Role;

/** Reads a user's roles aggregated into one comma-separated column. */
public class RolesTypeHandler extends BaseTypeHandler<Set<Role>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Set<Role> roles, JdbcType jdbcType) throws SQLException {
        ps.setString(i, roles.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    @Override
    public Set<Role> getNullableResult(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    @Override
    public Set<Role> getNullableResult(ResultSet rs, int index) throws SQLException {
        return parse(rs.getString(index));
    }

    @Override
    public Set<Role> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return parse(cs.getString(index));
    }

    private static Set<Role> parse(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
