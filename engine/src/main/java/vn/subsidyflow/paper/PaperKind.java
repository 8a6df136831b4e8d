package vn.subsidyflow.paper;

/**
 * The official papers a dossier gives rise to, after the forms of Decree 61/2018/NĐ-CP and
 * Circular 01/2018/TT-VPCP. Each kind is numbered on its own per year ({@code 12/2026/TNHS}).
 */
public enum PaperKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt, with the appointment date. */
    RECEIPT,
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what is missing, and the lapse date. */
    SUPPLEMENT_REQUEST,
    /** Phiếu từ chối tiếp nhận, giải quyết hồ sơ: refused at intake or rejected at decision, with reasons. */
    REFUSAL,
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: a step ran late; the new appointment date. */
    APOLOGY,
    /** Quyết định về việc hỗ trợ kinh phí: the support decision, with the amount in figures and words. */
    DECISION,
    /** The payment notice: the amount ordered through the State Treasury to the business's account. */
    PAYMENT_NOTICE
}
