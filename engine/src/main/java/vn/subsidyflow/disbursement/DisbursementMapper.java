package vn.subsidyflow.disbursement;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.database.GeneratedId;

@Mapper
interface DisbursementMapper {

    record BatchRow(long id, String description, String createdBy, int paymentCount, long totalVnd, java.time.Instant createdAt) {
    }

    int insert(@Param("p") Payment payment, @Param("key") GeneratedId key);

    long lastInsertId();

    Optional<Payment> find(@Param("id") long id);

    /** Locks the payment row for this transaction. */
    Optional<Payment> lock(@Param("id") long id);

    Optional<Payment> findByIdempotencyKey(@Param("key") String key);

    List<Payment> findByApplication(@Param("applicationId") long applicationId);

    List<Payment> findByBatch(@Param("batchId") long batchId);

    int nextTranche(@Param("applicationId") long applicationId);

    /** What is queued for the dossier and not yet ordered. */
    long queuedAmount(@Param("applicationId") long applicationId);

    /** Up to {@code limit} oldest queued payments, locked; rows locked by another worker are skipped, not waited for. */
    List<Payment> lockQueued(@Param("limit") int limit);

    /** The payment if it is still queued and not being ordered elsewhere, locked. */
    Optional<Payment> lockIfQueued(@Param("id") long id);

    int markOrdered(@Param("id") long id);

    int markConfirmed(@Param("id") long id, @Param("treasuryReference") String treasuryReference);

    int markFailed(@Param("id") long id, @Param("failure") String failure);

    int insertBatch(@Param("description") String description, @Param("createdBy") String createdBy,
                    @Param("paymentCount") int paymentCount, @Param("totalVnd") long totalVnd);

    int updateBatchTotal(@Param("id") long id, @Param("totalVnd") long totalVnd);

    Optional<BatchRow> findBatch(@Param("id") long id);

    /** Queues the processes of dossiers just paid in full for closing (one multi-row INSERT). */
    int insertPaidProcesses(@Param("processes") List<PaidProcess> processes);

    /** Up to {@code limit} processes due for closing, oldest first, locked; rows locked elsewhere are skipped. */
    List<PaidProcess> lockPaidProcesses(@Param("limit") int limit);

    /** The process still to close, if no one else is closing it, locked. */
    Optional<PaidProcess> lockPaidProcess(@Param("applicationId") long applicationId);

    int deletePaidProcesses(@Param("applicationIds") List<Long> applicationIds);

    /** Counts a failed attempt and sets the next one {@code delaySeconds} from now. */
    int deferPaidProcess(@Param("applicationId") long applicationId, @Param("failure") String failure,
                         @Param("delaySeconds") long delaySeconds);
}
