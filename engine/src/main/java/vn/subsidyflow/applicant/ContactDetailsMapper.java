package vn.subsidyflow.applicant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Writes an organisation's contact details; kept apart from the accounts' mapper, which changes for other reasons. */
@Mapper
interface ContactDetailsMapper {

    int updateContact(@Param("id") long id, @Param("phone") String phone, @Param("email") String email,
                      @Param("address") String address);
}
