package vn.subsidyflow.catalog;

/** What a dossier asks support for; each category has its own sub-process for what differs. */
public enum Category {
    /** Adopting an advanced management system (ISO 9001, ISO 22000, HACCP, VietGAP…), paid after certification. */
    MANAGEMENT_SYSTEM,
    /** Certifying products to a national standard (TCVN) or technical regulation (QCVN), paid after certification. */
    CONFORMITY_CERTIFICATION,
    /** Registering intellectual property; paid once the IP Office grants the certificate of protection. */
    INTELLECTUAL_PROPERTY
}
