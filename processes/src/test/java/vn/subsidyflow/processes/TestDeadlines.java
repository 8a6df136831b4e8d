package vn.subsidyflow.processes;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.ProcessEngineConfiguration;

/**
 * Stands in for the engine's {@code deadlines} bean: a due date a fixed number of calendar days
 * after the engine clock (the real bean counts working days from the holiday table).
 * Public, so that the expression language may call it.
 */
public class TestDeadlines {

    static final Map<String, Integer> DAYS = Map.of(
            "intake", 5, "supplement", 10, "appraisal", 10, "decision", 5, "payment", 10, "verifyCompletion", 10);

    private final ProcessEngineConfiguration configuration;

    TestDeadlines(ProcessEngineConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The engine's bean takes the dossier for its policy version's processing time; here every dossier has the same. */
    public Date due(String step, Object applicationId) {
        return due(step);
    }

    public Date due(String step) {
        Integer days = DAYS.get(step);
        if (days == null) {
            throw new IllegalArgumentException("No deadline for step " + step);
        }
        return Date.from(configuration.getClock().getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS));
    }
}
