-- A paper is a legal fact when its change commits: its number, kind, dates, language and the
-- complete text it shows. Its PDF is only a rendering of that text, so it is printed after the
-- commit (or on the first read, whichever comes first) instead of inside the change's transaction,
-- where printing held the counter row of its kind locked for every other filing of the cluster.
--
-- paper.content holds the text as the printer reads it (JSON). Papers issued before this migration
-- keep their PDF and SHA-256 in their own row (content NULL); papers issued after it keep them in
-- paper_file. A paper row has one or the other, never neither.
--
-- ALTER TABLE fires no row trigger, but the immutability triggers are dropped and re-created
-- around the change so that no engine ever sees a paper table without them afterwards.
DROP TRIGGER paper_no_update;
DROP TRIGGER paper_no_delete;
ALTER TABLE paper
    MODIFY sha256 CHAR(64) NULL,
    MODIFY pdf LONGBLOB NULL,
    ADD COLUMN content LONGTEXT NULL,
    ADD CONSTRAINT ck_paper_content CHECK (content IS NULL OR JSON_VALID(content)),
    ADD CONSTRAINT ck_paper_printed_or_printable CHECK ((pdf IS NULL) = (sha256 IS NULL) AND (pdf IS NOT NULL OR content IS NOT NULL));
CREATE TRIGGER paper_no_update BEFORE UPDATE ON paper FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper is immutable: issue a new paper instead';
CREATE TRIGGER paper_no_delete BEFORE DELETE ON paper FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper is immutable: issue a new paper instead';

-- The one PDF of a paper issued with its text, and its SHA-256. Whoever prints first stores it
-- (the printer after the commit, or the first reader): the primary key lets exactly one file win,
-- and every reader then serves that stored file. Once stored it is kept unchanged, as the paper.
CREATE TABLE paper_file (
    paper_id    BIGINT      NOT NULL PRIMARY KEY,
    sha256      CHAR(64)    NOT NULL,
    pdf         LONGBLOB    NOT NULL,
    printed_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_paper_file_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TRIGGER paper_file_no_update BEFORE UPDATE ON paper_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper_file is immutable: a paper is printed once';
CREATE TRIGGER paper_file_no_delete BEFORE DELETE ON paper_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper_file is immutable: a paper is printed once';
