package vn.subsidyflow.review;

import java.util.List;
import java.util.Map;

/** The outcomes each step of the process accepts (the BPMN gateways route on them). */
public final class Outcomes {

    private static final Map<String, List<String>> BY_STEP = Map.of(
            "intake", List.of("ACCEPT", "REQUEST_SUPPLEMENT", "REFUSE"),
            "supplement", List.of("SUBMIT"),
            "appraisal", List.of("RECOMMEND_APPROVAL", "RECOMMEND_REJECTION"),
            "decision", List.of("APPROVE", "REJECT", "RETURN"),
            "completionEvidence", List.of("SUBMIT"),
            "verifyCompletion", List.of("ACCEPT", "REQUEST_SUPPLEMENT"),
            "payment", List.of("PAY"));

    private Outcomes() {
    }

    public static List<String> of(String step) {
        return BY_STEP.getOrDefault(step, List.of());
    }
}
