package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class ContactDetailsMapperTests extends MapperTestSupport {

    @Autowired
    ContactDetailsMapper contacts;
    @Autowired
    ApplicantMapper applicants;
    @Autowired
    Rows rows;

    @Test
    void theContactDetailsAreReplacedAndNothingElse() {
        long id = rows.organisation("Công ty Hồng Lĩnh");
        Organisation before = applicants.findOrganisation(id).orElseThrow();

        assertThat(contacts.updateContact(id, null, "moi@honglinh.vn", "Thạch Hà, Hà Tĩnh")).isEqualTo(1);

        Organisation after = applicants.findOrganisation(id).orElseThrow();
        assertThat(after.phone()).isNull();
        assertThat(after.email()).isEqualTo("moi@honglinh.vn");
        assertThat(after.address()).isEqualTo("Thạch Hà, Hà Tĩnh");
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.taxCode()).isEqualTo(before.taxCode());
        assertThat(contacts.updateContact(-1, "0912345678", "x@y.vn", "z")).isZero();
    }
}
