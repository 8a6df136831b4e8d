package vn.subsidyflow.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;

@Mapper
interface ImportMapper {

    /** A business of a history file, matched to a registered organisation or created by its tax code. */
    record OrganisationRef(long id, String taxCode) {
    }

    record NewOrganisation(String taxCode, String name, OrganisationType type) {
    }

    /** A closed dossier to insert, with its business and budget line resolved. */
    record NewDossier(long organisationId, long supportItemId, long policyVersionId, String supportItemCode,
                      Category category, String title, long approvedVnd, long paidVnd, int fiscalYear, long budgetLineId,
                      Instant submittedAt, Instant decidedAt, String decisionNumber, java.time.LocalDate decisionDate,
                      String closingReason, Instant closedAt) {
    }

    Optional<HistoryImport> findBySha256(@Param("sha256") String sha256);

    Optional<HistoryImport> findById(@Param("id") long id);

    /** The latest imports first. */
    List<HistoryImport> findRecent(@Param("limit") int limit);

    int insertImport(HistoryImport historyImport);

    long lastInsertId();

    List<HistoryCatalogue.ExistingDecision> findDecisions(@Param("numbers") List<String> decisionNumbers);

    List<OrganisationRef> findOrganisations(@Param("taxCodes") List<String> taxCodes);

    /** Sent in batches, like the dossiers and their audit events. */
    int insertOrganisation(NewOrganisation organisation);

    int insertDossier(@Param("importId") long importId, @Param("actor") String actor, @Param("d") NewDossier dossier);

    /** An imported dossier's id, by its decision number (unique within an import). */
    record ImportedDossier(long id, String decisionNumber) {
    }

    /**
     * The import's dossiers with an id above {@code afterId}: the import writes its dossiers a chunk
     * at a time in one transaction, so the ids above the last chunk's are the chunk just written.
     */
    List<ImportedDossier> findImportedDossiers(@Param("importId") long importId, @Param("afterId") long afterId);

    /** One audit event per imported dossier, naming the import. */
    int insertDossierAudit(@Param("applicationId") long applicationId, @Param("actor") String actor,
                           @Param("detail") String detail);

    /** The report tally (V55, by month since V62) counts the imported dossiers as the back-fill of V62 counts dossiers. */
    int addToReportTallyBusiness(@Param("importId") long importId);

    int addToReportTally(@Param("importId") long importId);

    /** Takes the import's businesses out of the tally's businesses rows: before {@link #addToReportTallyBusiness}. */
    int subtractTallyBusinesses(@Param("importId") long importId);

    /** Puts the import's businesses back, counted with their imported months: after {@link #addToReportTallyBusiness}. */
    int addTallyBusinesses(@Param("importId") long importId);

    /** Drops the businesses rows no business is counted in any more. */
    int deleteEmptyTallyBusinesses();
}
