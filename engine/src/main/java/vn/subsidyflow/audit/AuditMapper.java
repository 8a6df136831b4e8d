package vn.subsidyflow.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    int insert(AuditEvent event);

    List<AuditEvent> findByApplication(@Param("applicationId") long applicationId);
}
