package vn.subsidyflow.report;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupportSummaryMapper {

    /** The latest decision year of the business's supported dossiers in this fiscal year and category; locks them. */
    Integer latestDecisionYear(@Param("d") SupportedDossier d);

    void addToBusiness(@Param("d") SupportedDossier d, @Param("dossiers") int dossiers);

    void deleteEmptyBusiness(@Param("d") SupportedDossier d);

    void addToSupport(@Param("d") SupportedDossier d, @Param("dossiers") int dossiers, @Param("approvedVnd") long approvedVnd,
                      @Param("paidVnd") long paidVnd);

    void addLastDecided(@Param("d") SupportedDossier d, @Param("decisionYear") int decisionYear, @Param("businesses") int businesses);

    void deleteEmptySupport(@Param("d") SupportedDossier d);
}
