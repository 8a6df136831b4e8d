package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WhatIfMapper {

    /** Per item code of the dossiers decided in the period: their figures now and under the draft's item of that code. */
    List<WhatIfRow> underDraft(@Param("draftId") long draftId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                               @Param("provinceCode") String provinceCode);
}
