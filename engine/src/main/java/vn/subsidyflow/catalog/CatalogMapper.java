package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CatalogMapper {

    List<SupportItem> findInForce(@Param("day") LocalDate day);

    Optional<SupportItem> findInForceByCode(@Param("code") String code, @Param("day") LocalDate day);

    Optional<SupportItem> findById(@Param("id") long id);

    List<SupportItem> findAll();

    List<PolicyVersion> findVersions();

    Optional<PolicyVersion> findVersionByCode(@Param("code") String code);

    int insertVersion(@Param("d") PolicyVersionDraft draft);

    long lastInsertId();

    int insertItem(@Param("versionId") long versionId, @Param("i") PolicyVersionDraft.Item item);

    List<SupportItem> findItemsOfVersion(@Param("versionId") long versionId);

    Optional<PolicyVersion> lockVersionByCode(@Param("code") String code);

    int insertCopy(@Param("sourceId") long sourceId, @Param("c") PolicyVersionCopy copy);

    int copyItems(@Param("sourceId") long sourceId, @Param("targetId") long targetId);

    int deleteItem(@Param("versionId") long versionId, @Param("code") String code);

    int publishVersion(@Param("id") long id);

    int closeVersion(@Param("id") long id, @Param("effectiveTo") LocalDate effectiveTo);

    Optional<ProcessingTime> findProcessingTime(@Param("versionId") long versionId);

    /** Whether the version exists and is published (not a DRAFT): only then is its processing time fixed for good. */
    boolean isPublished(@Param("versionId") long versionId);

    /** Sets a version's processing time, replacing the one it had. */
    int upsertProcessingTime(@Param("versionId") long versionId, @Param("t") ProcessingTime time);

    /** Copies the source's processing time, if it has one (0 rows otherwise). */
    int copyProcessingTime(@Param("sourceId") long sourceId, @Param("targetId") long targetId);
}
