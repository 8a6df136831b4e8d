package vn.subsidyflow.report;

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
}
