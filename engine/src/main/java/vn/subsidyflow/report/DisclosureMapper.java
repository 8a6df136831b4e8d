package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import vn.subsidyflow.catalog.Category;

@Mapper
interface DisclosureMapper {

    List<DisclosedSupport> decided(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("category") Category category,
                                   @Param("offset") int offset, @Param("limit") int limit);

    long countDecided(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("category") Category category);

    /** {@link #countDecided} over a whole year, read from the report tally (V55, by month since V62). */
    long countDecidedInYear(@Param("year") int year, @Param("category") Category category);

    /** Every row of {@link #decided}, streamed in the same order, for the downloads. */
    void eachDecided(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("category") Category category,
                     ResultHandler<DisclosedSupport> handler);
}
