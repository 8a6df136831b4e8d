package vn.subsidyflow.disbursement;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DisbursementMapper {

    int insert(Payment payment);

    Optional<Payment> findByIdempotencyKey(@Param("key") String key);

    List<Payment> findByApplication(@Param("applicationId") long applicationId);

    int nextTranche(@Param("applicationId") long applicationId);
}
