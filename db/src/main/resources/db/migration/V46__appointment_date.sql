-- The appointment date (ngày hẹn trả kết quả) the receipt promises the applicant: set at filing from
-- the procedure's processing time, moved when the clock pauses for the applicant or a step runs
-- late (with an apology). Null while the dossier is a draft. A calendar date in Asia/Ho_Chi_Minh.
ALTER TABLE application ADD COLUMN appointment_on DATE NULL;
