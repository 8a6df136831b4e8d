package vn.subsidyflow.paper;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.calendar.Deadlines;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.disbursement.Disbursements;
import vn.subsidyflow.disbursement.Payment;
import vn.subsidyflow.disbursement.PaymentStatus;
import vn.subsidyflow.print.PdfPrinter;

/**
 * One dossier of a business in Hà Tĩnh, as each paper would find it on 05/12/2026 (09:00 in Hà Tĩnh),
 * with the readers of the dossier stubbed: the papers' content and print, without a database.
 */
final class SamplePapers {

    static final long DOSSIER = 42;
    static final long PAYMENT = 7;
    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    /** One printer for every test, as in the application: its fonts are read once. */
    static final PdfPrinter PRINTER = new PdfPrinter();

    final Application application = mock(Application.class);
    final PaperContents contents;
    final PaperPrinter printer = new PaperPrinter(PRINTER, PaperSettings.defaults());

    SamplePapers() {
        when(application.id()).thenReturn(DOSSIER);
        when(application.organisationId()).thenReturn(3L);
        when(application.supportItemId()).thenReturn(5L);
        when(application.title()).thenReturn("Áp dụng ISO 9001:2015 cho nhà máy chế biến hải sản");
        when(application.submittedAt()).thenReturn(Instant.parse("2026-11-24T01:15:00Z"));
        when(application.appointmentOn()).thenReturn(LocalDate.of(2026, 12, 22));
        when(application.supplementRequest()).thenReturn("Hóa đơn tài chính của hợp đồng tư vấn\nBản sao giấy chứng nhận ISO 9001");
        when(application.status()).thenReturn(ApplicationStatus.REFUSED);
        when(application.closingReason()).thenReturn("Trụ sở chính không đặt tại tỉnh Hà Tĩnh");
        when(application.approvedAmountVnd()).thenReturn(15_000_000L);
        when(application.fiscalYear()).thenReturn(2026);
        when(application.decisionNumber()).thenReturn("125/QĐ-SKHCN");
        when(application.decisionDate()).thenReturn(LocalDate.of(2026, 12, 3));

        ApplicationRepository applications = mock(ApplicationRepository.class);
        when(applications.load(DOSSIER)).thenReturn(application);
        when(applications.documentKinds(DOSSIER)).thenReturn(Set.of(DocumentKind.APPLICATION_FORM,
                DocumentKind.BUSINESS_REGISTRATION, DocumentKind.CONTRACT, DocumentKind.INVOICE));
        Accounts accounts = mock(Accounts.class);
        when(accounts.organisation(3L)).thenReturn(new Organisation(3L, "0100233488", "Công ty TNHH Hải sản Thạch Kim",
                OrganisationType.ENTERPRISE, "Xã Thạch Kim, tỉnh Hà Tĩnh", "kt@thachkim.vn", "0912345678",
                "Vietcombank Hà Tĩnh", "0201000123456789", "CONG TY TNHH HAI SAN THACH KIM"));
        PolicyCatalog catalog = mock(PolicyCatalog.class);
        when(catalog.item(5L)).thenReturn(new SupportItem(5L, 1L, "NQ95-2022", "ISO_9001", Category.MANAGEMENT_SYSTEM,
                "áp dụng hệ thống quản lý chất lượng ISO 9001", "ISO 9001", 50, 50_000_000L, SupportItem.PER_APPLICATION, 1,
                List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE),
                "Điểm a khoản 1 Điều 4 Nghị quyết số 95/2022/NQ-HĐND", false, LocalDate.of(2023, 1, 1), null));
        PolicyVersions versions = mock(PolicyVersions.class);
        when(versions.version("NQ95-2022")).thenReturn(new PolicyVersion(1L, "NQ95-2022",
                "Quy định một số chính sách phát triển khoa học và công nghệ tỉnh Hà Tĩnh đến năm 2025",
                "Nghị quyết số 95/2022/NQ-HĐND ngày 16/12/2022 của Hội đồng nhân dân tỉnh Hà Tĩnh",
                LocalDate.of(2023, 1, 1), null, 20_000_000_000L, 0, false, PolicyVersionStatus.IN_FORCE));
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.due(anyString(), org.mockito.ArgumentMatchers.anyLong()))
                .thenReturn(Date.from(Instant.parse("2026-12-19T10:00:00Z")));
        Disbursements disbursements = mock(Disbursements.class);
        when(disbursements.payments(DOSSIER)).thenReturn(List.of(new Payment(PAYMENT, DOSSIER, 1, 15_000_000L,
                PaymentStatus.ORDERED, null, "Vietcombank Hà Tĩnh", "0201000123456789", "CONG TY TNHH HAI SAN THACH KIM",
                null, NOW, null, null, "finance", null, NOW)));
        contents = new PaperContents(applications, accounts, catalog, versions, deadlines, disbursements,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    PaperText text(PaperKind kind) {
        return switch (kind) {
            case RECEIPT -> contents.receipt(DOSSIER);
            case SUPPLEMENT_REQUEST -> contents.supplementRequest(DOSSIER);
            case REFUSAL -> contents.refusal(DOSSIER);
            case APOLOGY -> contents.apology(DOSSIER, LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 8));
            case DECISION -> contents.decision(DOSSIER);
            case PAYMENT_NOTICE -> contents.paymentNotice(DOSSIER, PAYMENT);
        };
    }

    /** The paper printed with the number the register would give it as the twelfth of its kind. */
    byte[] print(PaperKind kind) {
        PaperText text = text(kind);
        return printer.print(text, text.number() != null ? text.number() : "12/2026/" + Papers.suffix(kind));
    }
}
