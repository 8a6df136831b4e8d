package vn.subsidyflow.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class ImportMapperTests extends MapperTestSupport {

    // Years no other test decides in, so the tally rows written here are this test's own.
    private static final int YEAR = 2097;
    // The tally's businesses rows counted afresh from every business's rows, as V62's back-fill does.
    private static final String RECOUNT = "SELECT grouped_by, category, group_key, decision_month, previous_month,"
            + " COUNT(*) AS businesses FROM (SELECT grouped_by, category, group_key, decision_month,"
            + " COALESCE(LAG(decision_month) OVER (PARTITION BY organisation_id, grouped_by, category, group_key"
            + " ORDER BY decision_month), 0) AS previous_month FROM report_tally_business WHERE dossiers > 0) b"
            + " GROUP BY grouped_by, category, group_key, decision_month, previous_month";
    // The per-business rows of this test's dossiers counted afresh from the dossiers, in the seven groups of V62.
    private static final String BUSINESSES_FROM_DOSSIERS = "SELECT a.organisation_id, g.grouped_by,"
            + " CASE WHEN g.in_category = 1 THEN a.category ELSE '' END AS category,"
            + " CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)"
            + " WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END AS group_key,"
            + " YEAR(a.decision_date) * 100 + MONTH(a.decision_date) AS decision_month, COUNT(*) AS dossiers"
            + " FROM application a CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1"
            + " UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1 UNION ALL SELECT 'VERSION', 0"
            + " UNION ALL SELECT 'VERSION', 1 UNION ALL SELECT 'FISCAL', 1) g"
            + " WHERE a.organisation_id IN (?, ?) GROUP BY 1, 2, 3, 4, 5";
    // The FISCAL group of fiscal year YEAR in management systems, per decision year: dossiers, đồng, and
    // the businesses counted by a report of that year alone (first decided in it, or before it and again in it).
    private static final String FISCAL_PER_YEAR = "SELECT decision_month DIV 100 AS decision_year,"
            + " CAST(SUM(dossiers) AS SIGNED) AS dossiers, CAST(SUM(approved_vnd) AS SIGNED) AS approved_vnd,"
            + " CAST(SUM(paid_vnd) AS SIGNED) AS paid_vnd, CAST(SUM(CASE WHEN previous_month >= 0"
            + " AND previous_month < (decision_month DIV 100) * 100 + 1 THEN businesses ELSE 0 END) AS SIGNED) AS businesses"
            + " FROM report_tally WHERE grouped_by = 'FISCAL' AND category = 'MANAGEMENT_SYSTEM' AND group_key = ?"
            + " GROUP BY decision_month DIV 100 ORDER BY decision_year";

    @Autowired
    ImportMapper mapper;
    @Autowired
    Rows rows;

    @Autowired
    org.apache.ibatis.session.SqlSessionFactory sessions;

    @Test
    void theStatementsThatCountAWholeImportHaveMoreThanTheDefaultTimeout() {
        org.apache.ibatis.session.Configuration configuration = sessions.getConfiguration();
        for (String id : List.of("addToReportTallyBusiness", "addToReportTally", "subtractTallyBusinesses", "addTallyBusinesses")) {
            assertThat(configuration.getMappedStatement(ImportMapper.class.getName() + "." + id).getTimeout()).as(id)
                    .isEqualTo(600);
        }
    }

    @Test
    void anImportIsStoredAndFoundByIdAndChecksumNewestFirst() {
        String sha = sha();
        long id = insertImport(sha, 3);
        long later = insertImport(sha(), 0);

        HistoryImport found = mapper.findById(id).orElseThrow();
        assertThat(found).isEqualTo(new HistoryImport(id, "history.csv", 1234, sha, "admin", found.importedAt(), 3, 2, 2, 1,
                50_000_000L, 40_000_000L));
        assertThat(found.importedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
        assertThat(mapper.findBySha256(sha)).contains(found);
        assertThat(mapper.findBySha256(sha())).isEmpty();
        assertThat(mapper.findById(-1)).isEmpty();
        assertThat(mapper.findRecent(2)).extracting(HistoryImport::id).containsExactly(later, id);
    }

    @Test
    void organisationsAreInsertedTogetherAndFoundByTaxCode() {
        String a = Rows.uniqueTaxCode();
        String b = Rows.uniqueTaxCode();
        assertThat(mapper.insertOrganisation(new ImportMapper.NewOrganisation(a, "Công ty A", OrganisationType.ENTERPRISE)))
                .isEqualTo(1);
        mapper.insertOrganisation(new ImportMapper.NewOrganisation(b, "HTX B", OrganisationType.COOPERATIVE));

        List<ImportMapper.OrganisationRef> found = mapper.findOrganisations(List.of(a, b, "0000000000"));
        assertThat(found).extracting(ImportMapper.OrganisationRef::taxCode).containsExactlyInAnyOrder(a, b);
        assertThat(rows.jdbc().queryForObject("SELECT organisation_type FROM organisation WHERE tax_code = ?", String.class, b))
                .isEqualTo("COOPERATIVE");
    }

    @Test
    void dossiersAreInsertedClosedAndCountedInTheTallyAndTheAudit() {
        long importId = insertImport(sha(), 3);
        long first = rows.organisation("Công ty một");
        long second = rows.organisation("Công ty hai");
        long line = rows.budgetLine(YEAR, "MANAGEMENT_SYSTEM", 0, 0, 0);
        String number = "QĐ-" + UUID.randomUUID();
        List.of(dossier(first, line, number, LocalDate.of(YEAR, 3, 1), 30_000_000L, 30_000_000L),
                dossier(first, line, number + "-2", LocalDate.of(YEAR + 1, 2, 1), 20_000_000L, 10_000_000L),
                dossier(second, line, number + "-3", LocalDate.of(YEAR, 5, 1), 5_000_000L, 5_000_000L))
                .forEach(d -> mapper.insertDossier(importId, "admin", d));

        Map<String, Object> stored = rows.jdbc().queryForMap("SELECT status, approved_amount_vnd, paid_amount_vnd, fiscal_year,"
                + " process_instance_id, history_import_id, decision_date FROM application WHERE decision_number = ?", number + "-2");
        assertThat(stored).containsEntry("status", "PAID").containsEntry("approved_amount_vnd", 20_000_000L)
                .containsEntry("paid_amount_vnd", 10_000_000L).containsEntry("fiscal_year", YEAR)
                .containsEntry("history_import_id", importId);
        assertThat(stored.get("process_instance_id")).isNull();

        List<HistoryCatalogue.ExistingDecision> decisions = mapper.findDecisions(List.of(number, "nothing"));
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.policyCode()).isEqualTo("NQ95-2022-EXAMPLE");
            assertThat(d.supportItemCode()).isEqualTo("ISO_9001");
            assertThat(d.decidedOn()).isEqualTo(LocalDate.of(YEAR, 3, 1));
            assertThat(d.approvedVnd()).isEqualTo(30_000_000L);
        });

        List<ImportMapper.ImportedDossier> imported = mapper.findImportedDossiers(importId, 0);
        assertThat(imported).extracting(ImportMapper.ImportedDossier::decisionNumber)
                .containsExactlyInAnyOrder(number, number + "-2", number + "-3");
        // The import reads back each chunk it wrote by the ids above the previous chunk's.
        assertThat(mapper.findImportedDossiers(importId, imported.get(0).id())).extracting(ImportMapper.ImportedDossier::id)
                .containsExactly(imported.get(1).id(), imported.get(2).id());
        imported.forEach(d -> assertThat(mapper.insertDossierAudit(d.id(), "admin", "from history.csv")).isEqualTo(1));
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM audit_event a JOIN application d ON d.id = a.application_id"
                + " WHERE d.history_import_id = ? AND a.action = 'HISTORY_IMPORTED' AND a.to_status = 'PAID'", Long.class, importId))
                .isEqualTo(3);

        tallyImport(importId);
        // Fiscal year YEAR: the first business decided in YEAR and YEAR + 1, the second in YEAR.
        assertThat(rows.jdbc().queryForList(FISCAL_PER_YEAR, Integer.toString(YEAR))).containsExactly(
                Map.of("decision_year", (long) YEAR, "dossiers", 2L, "approved_vnd", 35_000_000L, "paid_vnd", 35_000_000L,
                        "businesses", 2L),
                Map.of("decision_year", (long) YEAR + 1, "dossiers", 1L, "approved_vnd", 20_000_000L, "paid_vnd", 10_000_000L,
                        "businesses", 1L));
        assertThat(rows.jdbc().queryForObject("SELECT SUM(dossiers) FROM report_tally_business WHERE grouped_by = 'FISCAL'"
                + " AND group_key = ?", Long.class, Integer.toString(YEAR))).isEqualTo(3);

        // A second import adds to the rows already there.
        long again = insertImport(sha(), 1);
        mapper.insertDossier(again, "admin", dossier(second, line, number + "-4", LocalDate.of(YEAR + 1, 6, 1), 1_000L, 1_000L));
        tallyImport(again);

        // The tally by month (V62): the first business decided in YEAR-03 and again in (YEAR + 1)-02, the
        // second in YEAR-05, and by the second import again in (YEAR + 1)-06: its span moves from "first
        // decided in YEAR-05" alone to that plus "decided in (YEAR + 1)-06 after YEAR-05".
        assertThat(rows.jdbc().queryForList("SELECT grouped_by, category, group_key, decision_month, previous_month, businesses"
                + " FROM report_tally WHERE previous_month >= 0"))
                .as("kept step by step, equal to a recount of every business")
                .containsExactlyInAnyOrderElementsOf(rows.jdbc().queryForList(RECOUNT));
        assertThat(rows.jdbc().queryForList("SELECT organisation_id, grouped_by, category, group_key, decision_month, dossiers"
                + " FROM report_tally_business WHERE organisation_id IN (?, ?)", first, second))
                .as("the per-business rows equal a recount from the dossiers")
                .containsExactlyInAnyOrderElementsOf(rows.jdbc().queryForList(BUSINESSES_FROM_DOSSIERS, first, second));
        int march = YEAR * 100 + 3;
        int may = YEAR * 100 + 5;
        int february = (YEAR + 1) * 100 + 2;
        int june = (YEAR + 1) * 100 + 6;
        assertThat(rows.jdbc().queryForList("SELECT decision_month, previous_month, dossiers, paid_vnd, businesses FROM report_tally"
                + " WHERE grouped_by = 'ITEM' AND category = 'MANAGEMENT_SYSTEM' AND group_key = 'ISO_9001'"
                + " AND decision_month BETWEEN ? AND ? ORDER BY decision_month, previous_month", YEAR * 100 + 1, (YEAR + 1) * 100 + 12))
                .containsExactly(
                        Map.of("decision_month", march, "previous_month", -1, "dossiers", 1L, "paid_vnd", 30_000_000L, "businesses", 0L),
                        Map.of("decision_month", march, "previous_month", 0, "dossiers", 0L, "paid_vnd", 0L, "businesses", 1L),
                        Map.of("decision_month", may, "previous_month", -1, "dossiers", 1L, "paid_vnd", 5_000_000L, "businesses", 0L),
                        Map.of("decision_month", may, "previous_month", 0, "dossiers", 0L, "paid_vnd", 0L, "businesses", 1L),
                        Map.of("decision_month", february, "previous_month", -1, "dossiers", 1L, "paid_vnd", 10_000_000L,
                                "businesses", 0L),
                        Map.of("decision_month", february, "previous_month", march, "dossiers", 0L, "paid_vnd", 0L, "businesses", 1L),
                        Map.of("decision_month", june, "previous_month", -1, "dossiers", 1L, "paid_vnd", 1_000L, "businesses", 0L),
                        Map.of("decision_month", june, "previous_month", may, "dossiers", 0L, "paid_vnd", 0L, "businesses", 1L));
        // The FISCAL group: all four dossiers sit in fiscal year YEAR.
        assertThat(rows.jdbc().queryForObject("SELECT SUM(dossiers) FROM report_tally WHERE grouped_by = 'FISCAL'"
                + " AND category = 'MANAGEMENT_SYSTEM' AND group_key = ? AND previous_month = -1", Long.class, Integer.toString(YEAR)))
                .isEqualTo(4);
        // Both businesses are now decided in YEAR + 1 as well: a report of that year alone counts both.
        assertThat(rows.jdbc().queryForList(FISCAL_PER_YEAR, Integer.toString(YEAR))).extracting(r -> r.get("dossiers"),
                r -> r.get("businesses")).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2L),
                org.assertj.core.groups.Tuple.tuple(2L, 2L));
    }

    /** The tally's steps of an import, in the order HistoryImports runs them. */
    private void tallyImport(long importId) {
        mapper.subtractTallyBusinesses(importId);
        mapper.addToReportTallyBusiness(importId);
        mapper.addToReportTally(importId);
        mapper.addTallyBusinesses(importId);
        mapper.deleteEmptyTallyBusinesses();
    }

    private ImportMapper.NewDossier dossier(long organisation, long line, String number, LocalDate decided, long approved, long paid) {
        return new ImportMapper.NewDossier(organisation, rows.supportItem("ISO_9001"), rows.examplePolicy(), "ISO_9001",
                Category.MANAGEMENT_SYSTEM, "Hồ sơ lịch sử", approved, paid, YEAR, line,
                decided.minusDays(30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                decided.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), number, decided, null,
                decided.plusDays(30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    private long insertImport(String sha, int rowCount) {
        mapper.insertImport(new HistoryImport(0, "history.csv", 1234, sha, "admin", null, rowCount, Math.min(2, rowCount), 2, 1,
                50_000_000L, 40_000_000L));
        return mapper.lastInsertId();
    }

    private static String sha() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
