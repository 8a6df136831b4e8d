package vn.subsidyflow.catalog;

/** The kinds of paper a dossier carries (thành phần hồ sơ). */
public enum DocumentKind {
    APPLICATION_FORM, BUSINESS_REGISTRATION, CERTIFICATE, CONTRACT, INVOICE, PAYMENT_PROOF, IP_FILING,
    IP_CERTIFICATE, OTHER
}
