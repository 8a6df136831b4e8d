package vn.subsidyflow.web.demo;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
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
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.Outcome;
import vn.subsidyflow.workflow.Step;

/**
 * Demo users for every role (password {@code demo}), two applicant organisations and a budget for
 * the current fiscal year, and a dozen dossiers at every stage — filed, sent back, appraised,
 * approved, paid, refused, withdrawn — walked there through the same services a user's clicks call.
 * Loaded only with the {@code demo} profile, once: a restart keeps what is there.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Budgets budgets;
    private final WorkingDayCalendar calendar;
    private final Applications applications;
    private final Review review;
    private final Inbox inbox;
    private final PolicyCatalog catalog;

    DemoData(Accounts accounts, Budgets budgets, WorkingDayCalendar calendar, Applications applications, Review review,
             Inbox inbox, PolicyCatalog catalog) {
        this.accounts = accounts;
        this.budgets = budgets;
        this.calendar = calendar;
        this.applications = applications;
        this.review = review;
        this.inbox = inbox;
        this.catalog = catalog;
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
        dossiers();
        log.info("Demo data loaded: users applicant1, applicant2, intake, reviewer, approver, finance, admin, auditor, deputy (password '{}')", PASSWORD);
    }

    private void staff(String username, String name, Role... roles) {
        accounts.createStaff(username, PASSWORD, name, EnumSet.copyOf(Set.of(roles)));
    }

    /** A dozen dossiers at every stage, so every page has something to show. */
    private void dossiers() {
        Actor hongLinh = applicant("applicant1");
        Actor camVuQuang = applicant("applicant2");
        Actor intake = staffActor("intake", Role.INTAKE);
        Actor reviewer = staffActor("reviewer", Role.REVIEWER);
        Actor approver = staffActor("approver", Role.APPROVER);
        Actor finance = staffActor("finance", Role.FINANCE);

        draft(hongLinh, "ISO_9001", "Áp dụng ISO 9001:2015 tại nhà máy chế biến", 96_000_000L, List.of(DocumentKind.APPLICATION_FORM));
        filed(hongLinh, "ISO_22000_HACCP", "Áp dụng HACCP cho dây chuyền nước mắm", 140_000_000L);
        long vietgap = filed(camVuQuang, "VIETGAP", "VietGAP cho vùng cam Vũ Quang 20 ha", 48_000_000L);
        step(intake, vietgap, Step.INTAKE, new TaskCompletion(Outcome.REQUEST_SUPPLEMENT,
                "Thiếu hợp đồng tư vấn có chữ ký, đóng dấu; hóa đơn phải là hóa đơn điện tử.", null, null, null, null));
        long tcvn = filed(camVuQuang, "TCVN_CONFORMITY", "Chứng nhận hợp chuẩn TCVN cho cam đóng hộp", 26_000_000L);
        step(intake, tcvn, Step.INTAKE, TaskCompletion.of(Outcome.ACCEPT));
        long qcvn = filed(hongLinh, "QCVN_CONFORMITY", "Chứng nhận hợp quy QCVN cho nước mắm đóng chai", 36_000_000L);
        step(intake, qcvn, Step.INTAKE, TaskCompletion.of(Outcome.ACCEPT));
        step(reviewer, qcvn, Step.APPRAISAL, new TaskCompletion(Outcome.RECOMMEND_APPROVAL, "Đủ điều kiện, chi phí hợp lệ.",
                18_000_000L, null, null, null));
        long lean = filed(camVuQuang, "LEAN_5S_KAIZEN", "Áp dụng 5S và Kaizen tại xưởng sơ chế", 52_000_000L);
        approve(intake, reviewer, approver, lean, 26_000_000L, "12/QĐ-SKHCN");
        long trademark = filed(camVuQuang, "TRADEMARK_DOMESTIC", "Đăng ký nhãn hiệu \"Cam Vũ Quang Xanh\"", 12_500_000L);
        approve(intake, reviewer, approver, trademark, 12_500_000L, "13/QĐ-SKHCN");
        long paidOne = filed(hongLinh, "TCVN_CONFORMITY", "Chứng nhận hợp chuẩn cho mắm tôm Hồng Lĩnh", 44_000_000L);
        approve(intake, reviewer, approver, paidOne, 20_000_000L, "09/QĐ-SKHCN");
        step(finance, paidOne, Step.PAYMENT, new TaskCompletion(Outcome.PAY, null, null, null, null, "KBNN-HT-000981"));
        long paidTwo = filed(camVuQuang, "ISO_9001", "Áp dụng ISO 9001 cho HTX", 70_000_000L);
        approve(intake, reviewer, approver, paidTwo, 35_000_000L, "10/QĐ-SKHCN");
        step(finance, paidTwo, Step.PAYMENT, new TaskCompletion(Outcome.PAY, null, null, null, null, "KBNN-HT-000995"));
        long awaitingPayment = filed(hongLinh, "LEAN_5S_KAIZEN", "Áp dụng Lean tại xưởng đóng chai", 40_000_000L);
        approve(intake, reviewer, approver, awaitingPayment, 20_000_000L, "14/QĐ-SKHCN");
        long refused = filed(hongLinh, "INDUSTRIAL_DESIGN", "Kiểu dáng chai nước mắm", 9_000_000L);
        step(intake, refused, Step.INTAKE, new TaskCompletion(Outcome.REFUSE,
                "Kiểu dáng đã được bảo hộ từ năm 2021; không thuộc đối tượng hỗ trợ.", null, null, null, null));
        filed(camVuQuang, "PATENT", "Sáng chế máy phân loại cam tự động", 60_000_000L);
        long withdrawn = filed(hongLinh, "VIETGAP", "VietGAP cho vùng nguyên liệu cá cơm", 30_000_000L);
        applications.withdraw(hongLinh, withdrawn);
    }

    private Actor applicant(String username) {
        return new Actor(username, Set.of(Role.APPLICANT), accounts.user(username).orElseThrow().organisationId(), "127.0.0.1");
    }

    private static Actor staffActor(String username, Role role) {
        return new Actor(username, Set.of(role), null, "127.0.0.1");
    }

    private long draft(Actor applicant, String item, String title, long cost, List<DocumentKind> kinds) {
        Application application = applications.create(applicant, item, title, cost);
        for (DocumentKind kind : kinds) {
            byte[] pdf = ("%PDF-1.4\n% SubsidyFlow demo: " + kind + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
            applications.addDocument(applicant, application.id(), kind, kind.name().toLowerCase().replace('_', '-') + ".pdf",
                    "application/pdf", pdf);
        }
        return application.id();
    }

    private long filed(Actor applicant, String item, String title, long cost) {
        List<DocumentKind> required = catalog.itemInForce(item, calendar.today()).requiredDocuments();
        long id = draft(applicant, item, title, cost, required);
        applications.submit(applicant, id);
        return id;
    }

    private void approve(Actor intake, Actor reviewer, Actor approver, long id, long amount, String decision) {
        step(intake, id, Step.INTAKE, TaskCompletion.of(Outcome.ACCEPT));
        step(reviewer, id, Step.APPRAISAL, new TaskCompletion(Outcome.RECOMMEND_APPROVAL, "Đủ điều kiện; chi phí hợp lệ theo hóa đơn.",
                amount, null, null, null));
        step(approver, id, Step.DECISION, new TaskCompletion(Outcome.APPROVE, null, null, decision, calendar.today(), null));
    }

    private void step(Actor actor, long applicationId, Step step, TaskCompletion completion) {
        OpenTask task = inbox.tasks(actor, new InboxFilter(step.key(), null, applicationId, false, 0, 1)).get(0);
        review.complete(actor, task.taskId(), completion);
    }
}
