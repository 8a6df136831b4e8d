package vn.subsidyflow.notice;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends due notices every {@code subsidyflow.notices.poll-ms}, chunk after chunk until none is due.
 * Every node runs one; they share the outbox through {@code FOR UPDATE SKIP LOCKED} and leases.
 */
@Component
@ConditionalOnProperty(name = "subsidyflow.notices.worker-enabled", havingValue = "true", matchIfMissing = true)
class NoticeWorker implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NoticeWorker.class);

    private final NoticeDelivery delivery;
    private final Duration pollInterval;
    private final int chunkSize;
    private final AtomicBoolean draining = new AtomicBoolean();

    NoticeWorker(@Lazy NoticeDelivery delivery, NoticeSettings settings) {
        this.delivery = delivery;
        this.pollInterval = Duration.ofMillis(settings.pollMs());
        this.chunkSize = settings.chunkSize();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::poll, pollInterval, pollInterval));
    }

    void poll() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            // A full chunk may mean more are due; a short one means the outbox is drained for now (a
            // failed notice is due again only after its back-off, so an outage does not spin here).
            while (delivery.sendDue() >= chunkSize) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            log.warn("Sending notices stopped; will retry at the next poll: {}", e.getMessage());
        } finally {
            draining.set(false);
        }
    }
}
