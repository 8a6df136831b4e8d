package vn.subsidyflow.database;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Rows a mapper test needs around the one it tests, written in plain SQL (not through the mapper
 * under test) inside the test's transaction. Tax codes and keys are unique per call, so tests never
 * meet each other's rows even on a database that keeps them.
 */
@Component
public class Rows {

    private final JdbcTemplate jdbc;

    public Rows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The example policy version that migration V2 loads, in force since 2023. */
    public long examplePolicy() {
        return jdbc.queryForObject("SELECT id FROM policy_version WHERE code = 'NQ95-2022-EXAMPLE'", Long.class);
    }

    public long supportItem(String code) {
        return jdbc.queryForObject("SELECT id FROM support_item WHERE code = ? AND policy_version_id = ?", Long.class,
                code, examplePolicy());
    }

    public static String uniqueTaxCode() {
        return String.valueOf(1_000_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 8_999_999_999L));
    }

    public long organisation(String name) {
        return insert("INSERT INTO organisation (tax_code, name, organisation_type, address, email, phone) "
                + "VALUES (?, ?, 'ENTERPRISE', 'Hà Tĩnh', 'a@b.vn', '0239')", uniqueTaxCode(), name);
    }

    /** A dossier of the ISO 9001 item in the given state; fiscal year, decision and amounts may be null. */
    public long application(long organisationId, String status, Integer fiscalYear, LocalDate decisionDate,
                            Long approvedVnd, long paidVnd) {
        return insert("INSERT INTO application (organisation_id, support_item_id, policy_version_id, support_item_code, "
                        + "category, title, eligible_cost_vnd, max_support_vnd, approved_amount_vnd, paid_amount_vnd, status, "
                        + "fiscal_year, decision_date, created_by) "
                        + "VALUES (?, ?, ?, 'ISO_9001', 'MANAGEMENT_SYSTEM', 'ISO 9001', 120000000, 50000000, ?, ?, ?, ?, ?, 'applicant1')",
                organisationId, supportItem("ISO_9001"), examplePolicy(), approvedVnd, paidVnd, status, fiscalYear,
                decisionDate);
    }

    /** A budget line of the example policy with its balances set directly. */
    public long budgetLine(int fiscalYear, String category, long allocated, long committed, long disbursed) {
        return insert("INSERT INTO budget_line (policy_version_id, fiscal_year, category, allocated_vnd, committed_vnd, "
                + "disbursed_vnd) VALUES (?, ?, ?, ?, ?, ?)", examplePolicy(), fiscalYear, category, allocated, committed, disbursed);
    }

    public long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey() == null ? 0 : keys.getKey().longValue();
    }
}
