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

    int updateContact(@Param("id") long id, @Param("phone") String phone, @Param("email") String email,
                      @Param("address") String address);

    int updateBankAccount(@Param("id") long id, @Param("bankName") String bankName,
                          @Param("accountNumber") String accountNumber, @Param("accountName") String accountName);

    int insertUser(UserAccount user);

    int insertRole(@Param("userId") long userId, @Param("role") Role role);

    Optional<UserAccount> findUser(@Param("username") String username);

    List<UserAccount> findAllUsers();

    List<UserAccount> findUsers(@Param("usernames") java.util.Collection<String> usernames);

    boolean usernameTaken(@Param("username") String username);

    Optional<UserAccount> findUserForUpdate(@Param("username") String username);

    List<String> lockActiveAdministrators();

    int updateDetails(@Param("id") long id, @Param("displayName") String displayName, @Param("email") String email,
                      @Param("phone") String phone, @Param("position") String position);

    /** Also raises the credentials version: a disabled account's sessions end. */
    int updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** Also raises the credentials version: sessions opened with the old password end. */
    int updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash,
                       @Param("changeRequired") boolean changeRequired);

    int deleteRoles(@Param("userId") long userId);

    int insertAccountEvent(AccountEvent event);

    List<AccountEvent> findAccountEvents(@Param("username") String username);
}
