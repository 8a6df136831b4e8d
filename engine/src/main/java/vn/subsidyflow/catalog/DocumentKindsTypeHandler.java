package vn.subsidyflow.catalog;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Stores a list of document kinds as one comma-separated column (a closed vocabulary, never quoted). */
public class DocumentKindsTypeHandler extends BaseTypeHandler<List<DocumentKind>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<DocumentKind> kinds, JdbcType jdbcType) throws SQLException {
        ps.setString(i, kinds.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    @Override
    public List<DocumentKind> getNullableResult(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    @Override
    public List<DocumentKind> getNullableResult(ResultSet rs, int index) throws SQLException {
        return parse(rs.getString(index));
    }

    @Override
    public List<DocumentKind> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return parse(cs.getString(index));
    }

    private static List<DocumentKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(DocumentKind::valueOf).toList();
    }
}
