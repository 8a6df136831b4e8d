package vn.subsidyflow.paper;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a paper says before it is numbered: its kind and dossier, the template of its body
 * ({@code print/paper/<template>.html}), the model the template reads, the day it is dated, and its
 * number when the paper already has one (a decision carries the approver's; null: the register gives it).
 */
record PaperText(PaperKind kind, long applicationId, String template, Map<String, Object> model, LocalDate dated,
                 String number) {
}
