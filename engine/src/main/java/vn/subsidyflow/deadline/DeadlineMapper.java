package vn.subsidyflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeadlineMapper {

    Optional<Long> findPolicyVersionOf(@Param("applicationId") long applicationId);

    int insertPause(@Param("applicationId") long applicationId, @Param("reason") PauseReason reason,
                    @Param("pausedAt") Instant pausedAt);

    /** The span the dossier's clock stands still in now, locked until the caller's transaction ends. */
    Optional<PausedSpan> lockOpenPause(@Param("applicationId") long applicationId);

    int resume(@Param("id") long id, @Param("resumedAt") Instant resumedAt, @Param("before") LocalDate before,
               @Param("after") LocalDate after);

    List<DeadlineActionTaken> findActions(@Param("applicationId") long applicationId);

    /** Ends every open span of the dossier (it ended while waiting). */
    int resumeAll(@Param("applicationId") long applicationId, @Param("resumedAt") Instant resumedAt);

    List<PausedSpan> findPauses(@Param("applicationId") long applicationId);

    /**
     * Claims an action once: 1 when this call recorded it, 0 when it was recorded before (by this node
     * or another, which then acted).
     */
    int claim(@Param("applicationId") long applicationId, @Param("kind") DeadlineAction kind, @Param("subject") String subject,
              @Param("stepKey") String stepKey, @Param("dueAt") Instant dueAt, @Param("actedAt") Instant actedAt);

    int recordAppointment(@Param("kind") DeadlineAction kind, @Param("subject") String subject,
                          @Param("before") LocalDate before, @Param("after") LocalDate after);

    /** Open tasks of these steps due before {@code before} that have no action of {@code kind} yet, earliest due first. */
    List<DueTask> findDueUnclaimed(@Param("taskKeys") Collection<String> taskKeys, @Param("before") Instant before,
                                   @Param("kind") DeadlineAction kind, @Param("limit") int limit);

    /** Open tasks of these steps past due at {@code now}, earliest due first, a page of them. */
    List<DueTask> findOverdue(@Param("taskKeys") Collection<String> taskKeys, @Param("now") Instant now,
                              @Param("offset") int offset, @Param("limit") int limit);

    long countOverdue(@Param("taskKeys") Collection<String> taskKeys, @Param("now") Instant now);

    /**
     * Dossiers still waiting for their evidence since before {@code pausedBefore}, with no action of
     * {@code kind} yet: the open COMPLETION_EVIDENCE span of each.
     */
    List<PausedSpan> findEvidenceWaitingSince(@Param("pausedBefore") Instant pausedBefore,
                                              @Param("kind") DeadlineAction kind, @Param("limit") int limit);

    int insertStepSpan(@Param("taskId") String taskId, @Param("applicationId") long applicationId,
                       @Param("stepKey") String stepKey, @Param("openedAt") Instant openedAt);

    /** 1 when the step was open; an ended step keeps when and by whom it ended. */
    int endStepSpan(@Param("taskId") String taskId, @Param("doneAt") Instant doneAt, @Param("doneBy") String doneBy);

    /** The open spans of this step of these dossiers end, done by the command itself (no one holds them). */
    int endStepSpans(@Param("applicationIds") java.util.Collection<Long> applicationIds, @Param("stepKey") String stepKey,
                     @Param("doneAt") Instant doneAt);

    /** The steps of the dossier's process, oldest first. */
    List<StepHistory.OpenedStep> findStepSpans(@Param("applicationId") long applicationId);
}
