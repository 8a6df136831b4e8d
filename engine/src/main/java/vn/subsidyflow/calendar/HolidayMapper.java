package vn.subsidyflow.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HolidayMapper {

    List<Holiday> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int insert(Holiday holiday);

    /** Adds the day, or replaces its names when it is already a holiday. */
    int upsert(Holiday holiday);

    int delete(@Param("day") LocalDate day);
}
