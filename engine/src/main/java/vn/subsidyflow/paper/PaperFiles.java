package vn.subsidyflow.paper;

import java.util.Optional;

/** Reads an issued paper back as a file, e.g. to attach it to the notice that tells the applicant. */
public interface PaperFiles {

    Optional<PaperFile> file(long paperId);
}
