package vn.subsidyflow.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

    int insert(@Param("taskId") String taskId, @Param("applicationId") long applicationId,
               @Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
               @Param("name") String name, @Param("candidateGroup") String candidateGroup, @Param("assignee") String assignee,
               @Param("dueAt") Instant dueAt, @Param("createdAt") Instant createdAt);

    int delete(@Param("taskId") String taskId);

    int deleteByApplication(@Param("applicationId") long applicationId);

    int deleteStep(@Param("applicationIds") Collection<Long> applicationIds, @Param("taskKey") String taskKey);

    int assign(@Param("taskId") String taskId, @Param("assignee") String assignee);

    Optional<OpenTask> find(@Param("taskId") String taskId);

    List<OpenTask> findForApplication(@Param("applicationId") long applicationId);

    List<OpenTask> query(@Param("groups") Collection<String> groups, @Param("username") String username,
                         @Param("filter") InboxFilter filter);

    long count(@Param("groups") Collection<String> groups, @Param("username") String username,
               @Param("filter") InboxFilter filter);

    /** Empties the queues' counts; {@link #insertCounts} counts them again, in the same transaction. */
    int deleteCounts();

    int insertCounts();

    /** The filter's task key must be null: every step is counted. */
    List<StepCount> countByStep(@Param("groups") Collection<String> groups, @Param("username") String username,
                                @Param("filter") InboxFilter filter);
}
