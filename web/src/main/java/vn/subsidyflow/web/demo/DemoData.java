package vn.subsidyflow.web.demo;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/**
 * Demo users for every role (password {@code demo}), two applicant organisations and a budget for
 * the current fiscal year. Loaded only with the {@code demo} profile, once: a restart keeps what is there.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Budgets budgets;
    private final WorkingDayCalendar calendar;

    DemoData(Accounts accounts, Budgets budgets, WorkingDayCalendar calendar) {
        this.accounts = accounts;
        this.budgets = budgets;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        staff("intake", "Nguyễn Thị Tiếp Nhận", Role.INTAKE);
        staff("reviewer", "Trần Văn Thẩm Định", Role.REVIEWER);
        staff("approver", "Lê Minh Phê Duyệt", Role.APPROVER);
        staff("finance", "Phạm Thu Kế Toán", Role.FINANCE);
        staff("admin", "Quản trị hệ thống", Role.ADMIN);
        staff("auditor", "Kiểm toán viên", Role.AUDITOR);
        staff("deputy", "Phó Giám đốc Sở", Role.REVIEWER, Role.APPROVER);
        accounts.createOrganisationUser(new Organisation(null, "0100233488", "Công ty TNHH Thực phẩm Hồng Lĩnh",
                OrganisationType.ENTERPRISE, "Phường Thành Sen, tỉnh Hà Tĩnh", "applicant1@example.vn", "0912345678",
                "Vietcombank Hà Tĩnh", "0011000123456", "CONG TY TNHH THUC PHAM HONG LINH"), "applicant1", PASSWORD);
        accounts.createOrganisationUser(new Organisation(null, "3000123455", "Hợp tác xã Cam Vũ Quang",
                OrganisationType.COOPERATIVE, "Xã Vũ Quang, tỉnh Hà Tĩnh", "applicant2@example.vn", "0987654321",
                "Agribank Hà Tĩnh", "3700205123456", "HTX CAM VU QUANG"), "applicant2", PASSWORD);
        Actor admin = new Actor("admin", Set.of(Role.ADMIN), null, null);
        int year = calendar.today().getYear();
        budgets.allocate(admin, null, year, Category.MANAGEMENT_SYSTEM, 2_000_000_000L, "Demo allocation", "QĐ-DEMO/" + year, "demo:" + year + ":MS");
        budgets.allocate(admin, null, year, Category.CONFORMITY_CERTIFICATION, 1_000_000_000L, "Demo allocation", "QĐ-DEMO/" + year, "demo:" + year + ":CC");
        budgets.allocate(admin, null, year, Category.INTELLECTUAL_PROPERTY, 500_000_000L, "Demo allocation", "QĐ-DEMO/" + year, "demo:" + year + ":IP");
        log.info("Demo data loaded: users applicant1, applicant2, intake, reviewer, approver, finance, admin, auditor, deputy (password '{}')", PASSWORD);
    }

    private void staff(String username, String name, Role... roles) {
        accounts.createStaff(username, PASSWORD, name, EnumSet.copyOf(Set.of(roles)));
    }
}
