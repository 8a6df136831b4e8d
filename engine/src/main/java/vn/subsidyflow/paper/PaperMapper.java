package vn.subsidyflow.paper;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.database.GeneratedId;

@Mapper
interface PaperMapper {

    /**
     * Raises the kind's counter of the year (1 for the year's first paper) and leaves the new value
     * in the connection's {@code LAST_INSERT_ID()}; the counter row stays locked until the transaction ends.
     */
    int takeNumber(@Param("kind") PaperKind kind, @Param("year") int year);

    /** The value {@link #takeNumber} left, read on the same connection (same transaction). */
    int takenNumber();

    int insert(@Param("p") Paper paper, @Param("pdf") byte[] pdf, @Param("key") GeneratedId key);

    List<Paper> findByApplication(@Param("applicationId") long applicationId);

    Optional<Paper> findById(@Param("id") long id);

    /** The PDF, as a list of none or one: MyBatis maps a single blob best that way. */
    List<byte[]> findPdf(@Param("id") long id);
}
