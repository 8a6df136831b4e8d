package vn.subsidyflow.budget;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotencyMapper {

    record Stored(String fingerprint, Integer responseStatus, String responseBody) {
    }

    /** 1 when this call claimed the key; 0 when it was already taken (waits for an uncommitted claim). */
    int claim(@Param("scope") String scope, @Param("key") String key, @Param("fingerprint") String fingerprint);

    Stored find(@Param("scope") String scope, @Param("key") String key);

    int complete(@Param("scope") String scope, @Param("key") String key, @Param("status") int status, @Param("body") String body);
}
