-- A policy version moves DRAFT → IN_FORCE → CLOSED. Only a DRAFT's items may change: once a
-- version is published, dossiers are pinned to its items, and what they were decided under must stay
-- what it was. Closing fixes the version's last day (effective_to) for good. Versions loaded before
-- this migration were in force from the moment they were stored, so they are IN_FORCE.
ALTER TABLE policy_version
    ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'IN_FORCE' AFTER effective_to,
    ADD CONSTRAINT ck_policy_version_status CHECK (status IN ('DRAFT', 'IN_FORCE', 'CLOSED'));

-- EXAMPLE policy values, labelled as such like NQ95-2022-EXAMPLE (V2): a predecessor shaped like
-- NQ 215/2020/NQ-HĐND (standards and technical regulations for products), in force 2021–2022 and
-- closed when NQ 95/2022 took over on 2023-01-01, so the transition between versions is visible.
INSERT INTO policy_version (code, title, citation, effective_from, effective_to, status, total_vnd, example)
VALUES ('NQ215-2020-EXAMPLE',
        'Chính sách hỗ trợ tiêu chuẩn, quy chuẩn kỹ thuật tỉnh Hà Tĩnh 2021–2022 (giá trị ví dụ) / Hà Tĩnh support for standards and technical regulations 2021–2022 (example values)',
        'Nghị quyết 215/2020/NQ-HĐND — EXAMPLE VALUES, not the official rates',
        '2021-01-01', '2022-12-31', 'CLOSED', 10000000000, TRUE);

SET @pv215 = (SELECT id FROM policy_version WHERE code = 'NQ215-2020-EXAMPLE');

INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit,
                          frequency_limit, required_documents, completion_documents, legal_citation, example)
VALUES
(@pv215, 'ISO_9001', 'MANAGEMENT_SYSTEM', 'Áp dụng hệ thống quản lý chất lượng ISO 9001', 'Adopting the ISO 9001 quality management system',
 30, 30000000, 'PER_APPLICATION', 1, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 215/2020/NQ-HĐND, support for advanced management systems', TRUE),
(@pv215, 'TCVN_CONFORMITY', 'CONFORMITY_CERTIFICATION', 'Chứng nhận sản phẩm hợp chuẩn TCVN', 'Certifying a product to a national standard (TCVN)',
 30, 15000000, 'PER_PRODUCT', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 215/2020/NQ-HĐND, conformity certification of products', TRUE),
(@pv215, 'QCVN_CONFORMITY', 'CONFORMITY_CERTIFICATION', 'Chứng nhận sản phẩm hợp quy QCVN', 'Certifying a product to a technical regulation (QCVN)',
 30, 15000000, 'PER_PRODUCT', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 215/2020/NQ-HĐND, conformity certification of products', TRUE);
