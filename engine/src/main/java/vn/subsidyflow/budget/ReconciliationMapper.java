package vn.subsidyflow.budget;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReconciliationMapper {

    void insertRun(@Param("checkedAt") Instant checkedAt, @Param("scheduled") boolean scheduled, @Param("node") String node,
                   @Param("lineCount") int lineCount, @Param("consistent") boolean consistent,
                   @Param("mismatchedLines") String mismatchedLines, @Param("mismatchedProgrammes") String mismatchedProgrammes,
                   @Param("durationMs") long durationMs);

    Optional<RecordedRun> latestRun();

    int deleteRunsBefore(@Param("before") Instant before);

    /** A row of {@code ledger_reconciliation}, the id lists as stored (comma-separated). */
    record RecordedRun(Instant checkedAt, boolean scheduled, String node, int lineCount, boolean consistent,
                       String mismatchedLines, String mismatchedProgrammes, long durationMs) {
    }
}
