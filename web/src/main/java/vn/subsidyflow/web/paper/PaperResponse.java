package vn.subsidyflow.web.paper;

import java.time.Instant;
import vn.subsidyflow.paper.Paper;
import vn.subsidyflow.paper.PaperKind;

/** An issued paper as the API lists it; {@code sha256} (hex) lets the reader check the PDF it downloads. */
record PaperResponse(long id, PaperKind kind, String number, Instant issuedAt, String sha256) {

    static PaperResponse of(Paper paper) {
        return new PaperResponse(paper.id(), paper.kind(), paper.number(), paper.issuedAt(), paper.sha256());
    }
}
