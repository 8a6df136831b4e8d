package vn.subsidyflow.application;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the per-dossier document quota reads: a lock on the dossier, and what it already holds. */
@Mapper
interface DocumentMapper {

    /** Locks the dossier's row until the transaction ends; empty when there is no such dossier. */
    Optional<Long> lockApplication(@Param("applicationId") long applicationId);

    DocumentUsage findUsage(@Param("applicationId") long applicationId);
}
