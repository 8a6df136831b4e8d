package vn.subsidyflow.database;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * A value kept in one text column (e.g. a closed vocabulary as a comma-separated list): subclasses
 * say how to write and read the text; the JDBC plumbing lives here once.
 */
public abstract class TextColumnTypeHandler<T> extends BaseTypeHandler<T> {

    protected abstract String format(T value);

    protected abstract T parse(String text);

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, T value, JdbcType jdbcType) throws SQLException {
        ps.setString(i, format(value));
    }

    @Override
    public T getNullableResult(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    @Override
    public T getNullableResult(ResultSet rs, int index) throws SQLException {
        return parse(rs.getString(index));
    }

    @Override
    public T getNullableResult(CallableStatement cs, int index) throws SQLException {
        return parse(cs.getString(index));
    }
}
