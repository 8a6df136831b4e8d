package vn.subsidyflow.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the deadline watch every {@code subsidyflow.deadline-watch.interval}, the first time one interval after start. */
@Component
@ConditionalOnProperty(name = "subsidyflow.deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineWatchSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchSchedule.class);

    private final DeadlineWatch watch;
    private final DeadlineWatchSettings settings;

    DeadlineWatchSchedule(DeadlineWatch watch, DeadlineWatchSettings settings) {
        this.watch = watch;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::look, settings.interval(), settings.interval()));
    }

    void look() {
        try {
            DeadlineWatch.Result result = watch.watch();
            if (result.stepsEscalated() + result.lapsesAnnounced() + result.evidenceReminded() + result.evidenceEscalated() > 0) {
                log.info("Deadline watch: {}", result);
            }
        } catch (RuntimeException e) {
            // The next look tries again; what was claimed before the failure stays done.
            log.warn("The deadline watch stopped; it looks again at the next interval: {}", e.getMessage());
        }
    }
}
