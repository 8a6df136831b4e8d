package vn.subsidyflow.report;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.application.SupportedApplication;

@Mapper
interface SupportSummaryMapper {

    /** The latest decision year of the business's supported dossiers in this fiscal year and category; locks them. */
    Integer latestDecisionYear(@Param("d") SupportedApplication d);

    void addToBusiness(@Param("d") SupportedApplication d, @Param("dossiers") int dossiers);

    void deleteEmptyBusiness(@Param("d") SupportedApplication d);

    void addToSupport(@Param("d") SupportedApplication d, @Param("dossiers") int dossiers, @Param("approvedVnd") long approvedVnd,
                      @Param("paidVnd") long paidVnd);

    void addLastDecided(@Param("d") SupportedApplication d, @Param("decisionYear") int decisionYear, @Param("businesses") int businesses);

    void deleteEmptySupport(@Param("d") SupportedApplication d);

    /** The business's decision months in the dossier's tally groups (V55, V62); locks them, as latestDecisionYear does. */
    List<TallyYear> tallyYears(@Param("d") SupportedApplication d, @Param("groups") List<TallyGroup> groups);

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
