package vn.subsidyflow.paper;

import java.time.Instant;

/**
 * An issued paper without its bytes: what lists show. {@code year} and {@code sequence} are its
 * place in the register of its kind; {@code number} is what it is printed with ({@code 12/2026/TNHS},
 * or the approver's number for a support decision); {@code sha256} is the hex SHA-256 of the PDF
 * (null in a register read while the paper waits for its printer: it is printed after its change commits).
 */
public record Paper(Long id, long applicationId, PaperKind kind, int year, int sequence, String number, Instant issuedAt,
                    String sha256, String fileName, String language) {

    Paper withId(long newId) {
        return new Paper(newId, applicationId, kind, year, sequence, number, issuedAt, sha256, fileName, language);
    }

    Paper withSha256(String fileSha256) {
        return new Paper(id, applicationId, kind, year, sequence, number, issuedAt, fileSha256, fileName, language);
    }
}
