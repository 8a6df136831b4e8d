package vn.subsidyflow.applicant;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.shared.Role;

@Mapper
interface ApplicantMapper {

    int insertOrganisation(Organisation organisation);

    /** The key the last insert on this connection generated (same transaction, so same connection). */
    long lastInsertId();

    Optional<Organisation> findOrganisation(@Param("id") long id);

    Optional<Organisation> findOrganisationByTaxCode(@Param("taxCode") String taxCode);

    int updateProfile(@Param("id") long id, @Param("address") String address, @Param("provinceCode") String provinceCode,
                      @Param("size") OrganisationSize size);

    int updateBankAccount(@Param("id") long id, @Param("bankName") String bankName,
                          @Param("accountNumber") String accountNumber, @Param("accountName") String accountName);

    int insertUser(UserAccount user);

    int insertRole(@Param("userId") long userId, @Param("role") Role role);

    Optional<UserAccount> findUser(@Param("username") String username);

    List<UserAccount> findAllUsers();

    List<UserAccount> findUsers(@Param("usernames") java.util.Collection<String> usernames);

    boolean usernameTaken(@Param("username") String username);
}
