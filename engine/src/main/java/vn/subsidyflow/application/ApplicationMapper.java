package vn.subsidyflow.application;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.database.GeneratedId;

@Mapper
interface ApplicationMapper {

    int insert(Application application);

    Optional<Application> findById(@Param("id") long id);

    /** The dossier, its row locked until the transaction ends (SELECT ... FOR UPDATE); empty when there is none. */
    Optional<Application> findForUpdate(@Param("id") long id);

    /** Writes every mutable column if the version still matches; 0 rows means someone else won. */
    int update(Application application);

    /** {@code withDrafts} only for the dossiers' own organisation: staff never see a draft. */
    List<ApplicationSummary> findSummaries(@Param("filter") ApplicationFilter filter, @Param("withDrafts") boolean withDrafts);

    /** Every row {@link #findSummaries} would page through, in its order, one at a time; paging is ignored. */
    void streamSummaries(@Param("filter") ApplicationFilter filter, @Param("withDrafts") boolean withDrafts,
                         org.apache.ibatis.session.ResultHandler<ApplicationSummary> handler);

    long countSummaries(@Param("filter") ApplicationFilter filter, @Param("withDrafts") boolean withDrafts);

    /**
     * Dossiers of this organisation and item that were approved (and not withdrawn/ended unpaid),
     * submitted at or after {@code since} (null: ever).
     */
    int countSupported(@Param("organisationId") long organisationId, @Param("supportItemCode") String supportItemCode,
                       @Param("excludingId") long excludingId, @Param("since") java.time.Instant since);

    /** Locks the organisation's row until the transaction ends (SELECT ... FOR UPDATE); 0 when there is none. */
    Long lockOrganisation(@Param("organisationId") long organisationId);

    /** How many documents the dossier holds, and their bytes. */
    DocumentUsage findDocumentUsage(@Param("applicationId") long applicationId);

    List<Long> findWaitlisted(@Param("policyVersionId") long policyVersionId, @Param("fiscalYear") int fiscalYear,
                              @Param("category") String category);

    List<Long> findWaitlistedInYear(@Param("fiscalYear") int fiscalYear, @Param("policyVersionId") Long policyVersionId);

    List<Long> findCommittedInYear(@Param("fiscalYear") int fiscalYear, @Param("policyVersionId") Long policyVersionId);

    int insertDocument(@Param("d") ApplicationDocument document, @Param("content") byte[] content, @Param("key") GeneratedId key);

    List<ApplicationDocument> findDocuments(@Param("applicationId") long applicationId);

    Optional<ApplicationDocument> findDocument(@Param("applicationId") long applicationId, @Param("id") long id);

    /** One row (or none): a {@code byte[]} return type would make MyBatis read each row as one array element. */
    List<byte[]> findDocumentContent(@Param("id") long id);

    List<DocumentKind> findDocumentKinds(@Param("applicationId") long applicationId);
}
