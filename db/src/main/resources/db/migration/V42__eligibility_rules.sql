-- Who may apply for a support item, as data of the item (NULL / FALSE / 0 = no restriction, so the
-- items loaded before these rules existed keep accepting everyone they accepted).
ALTER TABLE support_item
    ADD COLUMN applicant_types         VARCHAR(100) NULL,              -- comma-separated OrganisationType names
    ADD COLUMN head_office_in_province BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN enterprise_sizes        VARCHAR(60)  NULL,              -- comma-separated MICRO, SMALL, MEDIUM
    ADD COLUMN frequency_years         INT          NOT NULL DEFAULT 0, -- 0: frequency_limit counts for ever
    ADD CONSTRAINT ck_support_item_frequency_years CHECK (frequency_years BETWEEN 0 AND 100);

-- The head office's province as a code (two digits, e.g. 42 = Hà Tĩnh) beside the raw address,
-- and the size the business declares. NULL for businesses registered before they were asked.
ALTER TABLE organisation
    ADD COLUMN province_code   VARCHAR(2)  NULL,
    ADD COLUMN enterprise_size VARCHAR(10) NULL;

-- How many certificates or products a dossier claims for, where the cap is per certificate or product.
ALTER TABLE application
    ADD COLUMN unit_count INT NOT NULL DEFAULT 1,
    ADD CONSTRAINT ck_application_unit_count CHECK (unit_count BETWEEN 1 AND 1000);
