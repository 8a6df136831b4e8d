package vn.subsidyflow.budget;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.catalog.Category;

@Mapper
interface BudgetMapper {

    Optional<BudgetLine> findLine(@Param("id") long id);

    Optional<BudgetLine> findLineByKey(@Param("policyVersionId") long policyVersionId, @Param("fiscalYear") int fiscalYear,
                                       @Param("category") Category category);

    List<BudgetLine> findLinesOfYear(@Param("fiscalYear") int fiscalYear);

    List<BudgetLine> findAllLines();

    int insertLine(@Param("policyVersionId") long policyVersionId, @Param("fiscalYear") int fiscalYear,
                   @Param("category") Category category);

    long lastInsertId();

    /** The newest policy version in force today. */
    Long currentPolicyVersion();

    Long policyVersionByCode(@Param("code") String code);

    /** Reserves programme total for a line; 0 rows when the programme has not that much left. */
    int reserveProgramme(@Param("policyVersionId") long policyVersionId, @Param("amount") long amount);

    int releaseProgramme(@Param("policyVersionId") long policyVersionId, @Param("amount") long amount);

    Long programmeTotal(@Param("fiscalYear") int fiscalYear);

    int addAllocation(@Param("lineId") long lineId, @Param("amount") long amount);

    /** allocated −= amount only if the line keeps enough for what it has committed and paid. */
    int removeAllocation(@Param("lineId") long lineId, @Param("amount") long amount);

    /** committed += amount only if available ≥ amount: the no-overdraft rule, in one statement. */
    int commit(@Param("lineId") long lineId, @Param("amount") long amount);

    int release(@Param("lineId") long lineId, @Param("amount") long amount);

    /** committed −= amount, disbursed += amount only if that much is committed. */
    int disburse(@Param("lineId") long lineId, @Param("amount") long amount);

    int clawback(@Param("lineId") long lineId, @Param("amount") long amount);

    int insertEntry(LedgerEntry entry);

    /** A line takes imported history: allocated += what was approved, disbursed += what was paid. */
    int addHistory(@Param("lineId") long lineId, @Param("approvedVnd") long approvedVnd, @Param("paidVnd") long paidVnd);

    int insertHistoryAllocation(@Param("lineId") long lineId, @Param("amount") long amount, @Param("actor") String actor,
                                @Param("documentRef") String documentRef, @Param("idempotencyKey") String idempotencyKey,
                                @Param("occurredAt") java.time.Instant occurredAt, @Param("importId") long importId);

    /** One entry of an imported dossier (COMMIT, DISBURSE or RELEASE), marked with its import; sent in batches. */
    int insertHistoryEntry(@Param("importId") long importId, @Param("actor") String actor,
                           @Param("type") EntryType type, @Param("amount") long amount, @Param("d") HistoryDossier dossier,
                           @Param("occurredAt") java.time.Instant occurredAt);

    boolean entryExists(@Param("idempotencyKey") String idempotencyKey);

    List<LedgerEntry> findEntries(@Param("q") LedgerQuery query, @Param("offset") int offset, @Param("limit") int limit);

    long countEntries(@Param("q") LedgerQuery query);

    void streamEntries(@Param("q") LedgerQuery query, org.apache.ibatis.session.ResultHandler<LedgerEntry> handler);

    /**
     * Locks the line (SELECT ... FOR UPDATE) and tells whether its programme's fiscal year is closed;
     * null when there is no such line. A locking read sees the latest committed closing, so a
     * closing that committed while this waited for the line is seen.
     */
    Boolean lockLineAndTellIfClosed(@Param("lineId") long lineId);

    /** Locks the year's lines (of one programme, if given) in id order, as the year-end closing begins. */
    List<Long> lockLinesOfYear(@Param("fiscalYear") int fiscalYear, @Param("policyVersionId") Long policyVersionId);

    /** Records the year as closed for each programme with a line in it (of one programme, if given); already closed stays. */
    int closeYear(@Param("fiscalYear") int fiscalYear, @Param("policyVersionId") Long policyVersionId,
                  @Param("closedBy") String closedBy, @Param("documentRef") String documentRef);

    boolean yearClosed(@Param("policyVersionId") long policyVersionId, @Param("fiscalYear") int fiscalYear);

    /** Lines that paid the dossier and still hold some of it, the most recently paying first. */
    List<PaidOnLine> paidByLine(@Param("applicationId") long applicationId);

    long sumOfType(@Param("applicationId") long applicationId, @Param("type") EntryType type);

    List<LineReconciliation> reconcileLines();

    List<ProgrammeReconciliation> reconcileProgrammes();
}
