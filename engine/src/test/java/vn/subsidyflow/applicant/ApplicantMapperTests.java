package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;
import vn.subsidyflow.shared.Role;

class ApplicantMapperTests extends MapperTestSupport {

    @Autowired
    ApplicantMapper applicants;
    @Autowired
    Rows rows;

    @Test
    void anOrganisationIsInsertedFoundByIdAndTaxCodeAndKeepsItsBankAccount() {
        String taxCode = Rows.uniqueTaxCode();
        applicants.insertOrganisation(new Organisation(null, taxCode, "Công ty TNHH Sông Lam", OrganisationType.COOPERATIVE,
                "Hà Tĩnh", "lam@song.vn", "0239 123", null, null, null));
        long id = applicants.lastInsertId();

        Organisation found = applicants.findOrganisation(id).orElseThrow();
        assertThat(found).isEqualTo(new Organisation(id, taxCode, "Công ty TNHH Sông Lam", OrganisationType.COOPERATIVE,
                "Hà Tĩnh", "lam@song.vn", "0239 123", null, null, null));
        assertThat(applicants.findOrganisationByTaxCode(taxCode)).contains(found);
        assertThat(applicants.findOrganisationByTaxCode("0000000000-999")).isEmpty();
        assertThat(applicants.findOrganisation(-1)).isEmpty();

        assertThat(applicants.updateBankAccount(id, "Vietcombank", "0011004", "SONG LAM")).isEqualTo(1);
        assertThat(applicants.findOrganisation(id).orElseThrow())
                .extracting(Organisation::bankName, Organisation::bankAccountNumber, Organisation::bankAccountName)
                .containsExactly("Vietcombank", "0011004", "SONG LAM");
        assertThat(applicants.updateBankAccount(-1, "x", "y", "z")).isZero();
    }

    @Test
    void anOrganisationKeepsItsProvinceCodeBesideTheRawAddressAndItsDeclaredSize() {
        String taxCode = Rows.uniqueTaxCode();
        applicants.insertOrganisation(new Organisation(null, taxCode, "HTX Cẩm Xuyên", OrganisationType.COOPERATIVE,
                "Xã Cẩm Bình, huyện Cẩm Xuyên", null, null, null, null, null, "42", OrganisationSize.MICRO));
        long id = applicants.lastInsertId();
        assertThat(applicants.findOrganisation(id).orElseThrow())
                .extracting(Organisation::address, Organisation::provinceCode, Organisation::size)
                .containsExactly("Xã Cẩm Bình, huyện Cẩm Xuyên", "42", OrganisationSize.MICRO);

        assertThat(applicants.updateProfile(id, "Phường Bến Thủy, Vinh", "40", OrganisationSize.SMALL)).isEqualTo(1);
        assertThat(applicants.findOrganisation(id).orElseThrow())
                .extracting(Organisation::address, Organisation::provinceCode, Organisation::size)
                .containsExactly("Phường Bến Thủy, Vinh", "40", OrganisationSize.SMALL);
        assertThat(applicants.updateProfile(-1, "x", null, null)).isZero();
    }

    @Test
    void aUserIsInsertedWithRolesAndFoundByNameAloneInAGroupAndInTheList() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 12);
        String other = name + "b";
        assertThat(applicants.usernameTaken(name)).isFalse();

        applicants.insertUser(new UserAccount(null, name, "{bcrypt}hash", "Nguyễn Văn A", "a@b.vn", null, true, Set.of()));
        long id = applicants.lastInsertId();
        applicants.insertRole(id, Role.REVIEWER);
        applicants.insertRole(id, Role.APPROVER);
        applicants.insertUser(new UserAccount(null, other, "{bcrypt}hash", "B", null, null, false, Set.of()));

        UserAccount user = applicants.findUser(name).orElseThrow();
        assertThat(user).isEqualTo(new UserAccount(id, name, "{bcrypt}hash", "Nguyễn Văn A", "a@b.vn", null, true,
                Set.of(Role.REVIEWER, Role.APPROVER)));
        assertThat(applicants.usernameTaken(name)).isTrue();
        assertThat(applicants.findUser(name + "-nobody")).isEmpty();
        assertThat(applicants.findUsers(List.of(name, other, "nobody-" + name))).extracting(UserAccount::username)
                .containsExactlyInAnyOrder(name, other);
        assertThat(applicants.findUsers(List.of(other)).get(0).enabled()).isFalse();
        assertThat(applicants.findUsers(List.of(other)).get(0).roles()).isEmpty();
        assertThat(applicants.findAllUsers()).extracting(UserAccount::username).contains(name, other);
    }

    @Test
    void aStaffAccountKeepsItsDetailsRolesPasswordStateAndTrail() {
        String name = "s" + UUID.randomUUID().toString().substring(0, 12);
        applicants.insertUser(new UserAccount(null, name, "{bcrypt}temp", "Trần Thị B", "b@so.vn", "0239 555", "Chuyên viên",
                null, true, true, 0, Set.of()));
        long id = applicants.lastInsertId();
        applicants.insertRole(id, Role.ADMIN);
        assertThat(applicants.findUserForUpdate(name).orElseThrow()).isEqualTo(new UserAccount(id, name, "{bcrypt}temp",
                "Trần Thị B", "b@so.vn", "0239 555", "Chuyên viên", null, true, true, 0, Set.of(Role.ADMIN)));
        assertThat(applicants.lockActiveAdministrators()).contains(name);

        assertThat(applicants.updateDetails(id, "Trần Thị C", "c@so.vn", null, "Phó phòng")).isEqualTo(1);
        assertThat(applicants.updatePassword(id, "{bcrypt}own", false)).isEqualTo(1);
        UserAccount changed = applicants.findUser(name).orElseThrow();
        assertThat(changed).extracting(UserAccount::displayName, UserAccount::email, UserAccount::phone, UserAccount::position,
                        UserAccount::passwordHash, UserAccount::passwordChangeRequired, UserAccount::credentialsVersion)
                .containsExactly("Trần Thị C", "c@so.vn", null, "Phó phòng", "{bcrypt}own", false, 1);

        assertThat(applicants.updateEnabled(id, false)).isEqualTo(1);
        assertThat(applicants.findUser(name).orElseThrow()).extracting(UserAccount::enabled, UserAccount::credentialsVersion)
                .containsExactly(false, 2);
        assertThat(applicants.lockActiveAdministrators()).doesNotContain(name);
        assertThat(applicants.deleteRoles(id)).isEqualTo(1);
        assertThat(applicants.findUser(name).orElseThrow().roles()).isEmpty();

        applicants.insertAccountEvent(new AccountEvent(null, name, "admin", "ACCOUNT_CREATED", "Roles ADMIN", "10.0.0.1", null));
        applicants.insertAccountEvent(new AccountEvent(null, name, "admin", "ACCOUNT_DISABLED", null, null, null));
        assertThat(applicants.findAccountEvents(name)).extracting(AccountEvent::username, AccountEvent::actor,
                        AccountEvent::action, AccountEvent::detail, AccountEvent::remoteAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, "admin", "ACCOUNT_CREATED", "Roles ADMIN", "10.0.0.1"),
                        org.assertj.core.groups.Tuple.tuple(name, "admin", "ACCOUNT_DISABLED", null, null));
        assertThat(applicants.findAccountEvents(name).get(0).occurredAt()).isNotNull();
    }

    @Test
    void theContactDetailsAreReplacedAndNothingElse() {
        long id = rows.organisation("Công ty Hồng Lĩnh");
        Organisation before = applicants.findOrganisation(id).orElseThrow();

        assertThat(applicants.updateContact(id, null, "moi@honglinh.vn", "Thạch Hà, Hà Tĩnh")).isEqualTo(1);

        Organisation after = applicants.findOrganisation(id).orElseThrow();
        assertThat(after.phone()).isNull();
        assertThat(after.email()).isEqualTo("moi@honglinh.vn");
        assertThat(after.address()).isEqualTo("Thạch Hà, Hà Tĩnh");
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.taxCode()).isEqualTo(before.taxCode());
        assertThat(applicants.updateContact(-1, "0912345678", "x@y.vn", "z")).isZero();
    }
}
