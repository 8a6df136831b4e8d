-- EXAMPLE policy values. The actual Hà Tĩnh rates and caps are not in our hands: these rows are
-- labelled example = TRUE and say so in every citation. An administrator loads the real values
-- as a new policy version; dossiers stay pinned to the version in force on their filing date.
INSERT INTO policy_version (code, title, citation, effective_from, effective_to, total_vnd, example)
VALUES ('NQ95-2022-EXAMPLE',
        'Chính sách phát triển KH&CN tỉnh Hà Tĩnh đến 2025 (giá trị ví dụ) / Hà Tĩnh S&T development policy to 2025 (example values)',
        'Nghị quyết 95/2022/NQ-HĐND ngày 16/12/2022 — EXAMPLE VALUES, not the official rates',
        '2023-01-01', NULL, 20000000000, TRUE);

SET @pv = (SELECT id FROM policy_version WHERE code = 'NQ95-2022-EXAMPLE');

INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit,
                          frequency_limit, required_documents, completion_documents, legal_citation, example)
VALUES
(@pv, 'ISO_9001', 'MANAGEMENT_SYSTEM', 'Áp dụng hệ thống quản lý chất lượng ISO 9001', 'Adopting the ISO 9001 quality management system',
 50, 50000000, 'PER_APPLICATION', 1, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND, support for advanced management systems', TRUE),
(@pv, 'ISO_22000_HACCP', 'MANAGEMENT_SYSTEM', 'Áp dụng ISO 22000 / HACCP', 'Adopting ISO 22000 / HACCP food safety management',
 50, 60000000, 'PER_APPLICATION', 1, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND, support for advanced management systems', TRUE),
(@pv, 'VIETGAP', 'MANAGEMENT_SYSTEM', 'Áp dụng VietGAP', 'Adopting VietGAP good agricultural practice',
 50, 30000000, 'PER_APPLICATION', 1, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND, support for advanced management systems', TRUE),
(@pv, 'LEAN_5S_KAIZEN', 'MANAGEMENT_SYSTEM', 'Áp dụng công cụ cải tiến 5S, Kaizen, Lean', 'Adopting improvement tools 5S, Kaizen, Lean',
 50, 30000000, 'PER_APPLICATION', 1, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND, support for productivity improvement tools', TRUE),
(@pv, 'TCVN_CONFORMITY', 'CONFORMITY_CERTIFICATION', 'Chứng nhận sản phẩm hợp chuẩn TCVN', 'Certifying a product to a national standard (TCVN)',
 50, 20000000, 'PER_PRODUCT', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND (formerly NQ 215/2020/NQ-HĐND), conformity certification', TRUE),
(@pv, 'QCVN_CONFORMITY', 'CONFORMITY_CERTIFICATION', 'Chứng nhận sản phẩm hợp quy QCVN', 'Certifying a product to a technical regulation (QCVN)',
 50, 20000000, 'PER_PRODUCT', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,CONTRACT,INVOICE,CERTIFICATE', 'CERTIFICATE',
 'EXAMPLE — NQ 95/2022/NQ-HĐND (formerly NQ 215/2020/NQ-HĐND), conformity certification', TRUE),
(@pv, 'TRADEMARK_DOMESTIC', 'INTELLECTUAL_PROPERTY', 'Đăng ký bảo hộ nhãn hiệu trong nước', 'Registering a trademark in Viet Nam',
 100, 15000000, 'PER_CERTIFICATE', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,IP_FILING,INVOICE', 'IP_CERTIFICATE',
 'EXAMPLE — national ceiling, Thông tư 75/2021/TT-BTC Điều 6: 15 triệu đồng per granted certificate', TRUE),
(@pv, 'INDUSTRIAL_DESIGN', 'INTELLECTUAL_PROPERTY', 'Đăng ký bảo hộ kiểu dáng công nghiệp', 'Registering an industrial design',
 100, 15000000, 'PER_CERTIFICATE', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,IP_FILING,INVOICE', 'IP_CERTIFICATE',
 'EXAMPLE — national ceiling, Thông tư 75/2021/TT-BTC Điều 6: 15 triệu đồng per granted certificate', TRUE),
(@pv, 'PATENT', 'INTELLECTUAL_PROPERTY', 'Đăng ký sáng chế / giải pháp hữu ích', 'Filing a patent or utility solution',
 100, 30000000, 'PER_APPLICATION', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,IP_FILING,INVOICE', 'IP_CERTIFICATE',
 'EXAMPLE — national ceiling, Thông tư 75/2021/TT-BTC Điều 6: 30 triệu đồng per application', TRUE),
(@pv, 'IP_FILING_ABROAD', 'INTELLECTUAL_PROPERTY', 'Đăng ký bảo hộ sở hữu trí tuệ ở nước ngoài', 'Filing intellectual property abroad',
 100, 60000000, 'PER_APPLICATION', 0, 'APPLICATION_FORM,BUSINESS_REGISTRATION,IP_FILING,INVOICE', 'IP_CERTIFICATE',
 'EXAMPLE — national ceiling, Thông tư 75/2021/TT-BTC Điều 6: 60 triệu đồng per application accepted abroad', TRUE);
