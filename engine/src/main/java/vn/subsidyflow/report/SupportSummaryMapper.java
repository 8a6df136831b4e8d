package vn.subsidyflow.report;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.application.SupportedApplication;

@Mapper
interface SupportSummaryMapper {

    /**
     * The business's decision months in the dossier's tally groups (V55, V62); locks them, so
     * concurrent saves of one business take turns.
     */
    List<TallyMonth> tallyMonths(@Param("d") SupportedApplication d, @Param("groups") List<TallyGroup> groups);

    /** Adds dossiers to the business's rows of the given groups in the dossier's decision month, in one statement. */
    void addToTallyBusiness(@Param("d") SupportedApplication d, @Param("groups") List<TallyGroup> groups,
                            @Param("dossiers") int dossiers);

    void deleteEmptyTallyBusiness(@Param("organisationId") long organisationId);

    /** Adds every figure of the rows (deltas), in one statement; the rows come in {@link TallyRow#KEY_ORDER}. */
    void addToTally(@Param("rows") List<TallyRow> rows);

    /** What the ledger holds of one dossier: its DISBURSE and CLAWBACK đồng (reportPaidVnd 0). */
    LedgerCheck ledgerOf(@Param("applicationId") long applicationId);

    /** What the report counts of a dossier as it stands, or null when it is not supported. */
    SupportedApplication supportOf(@Param("applicationId") long applicationId);
}
