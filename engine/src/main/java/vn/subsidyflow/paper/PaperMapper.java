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

    /** The issued paper with the text it shows (JSON, as {@link PaperPrinter#model} gave it); no PDF yet. */
    int insert(@Param("p") Paper paper, @Param("content") String content, @Param("key") GeneratedId key);

    /** Papers with their SHA-256 once printed (null before). */
    List<Paper> findByApplication(@Param("applicationId") long applicationId);

    Optional<Paper> findById(@Param("id") long id);

    /** The text a paper was issued with; empty for a paper issued before texts were kept (it has its PDF). */
    Optional<String> findContent(@Param("id") long id);

    /** Stores the paper's PDF unless another print stored one first (then this one is dropped: 0 rows). */
    int insertFile(@Param("paperId") long paperId, @Param("sha256") String sha256, @Param("pdf") byte[] pdf);

    /** The stored PDF, wherever the paper keeps it: in {@code paper_file}, or in its own row if issued before. */
    Optional<StoredFile> findFile(@Param("id") long id);

    /**
     * As {@link #findFile}, as a locking read: it sees the file another transaction committed after
     * this one began, which is the file every reader must serve after losing the race to store one.
     */
    Optional<StoredFile> findFileLatest(@Param("id") long id);
}
