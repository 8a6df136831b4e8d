package vn.subsidyflow.disbursement;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Orders queued payments, one transaction per chunk ({@link PaymentBatches#orderQueued}), then closes
 * the processes of the dossiers they paid in full ({@link PaidProcesses#closeDue}) — money first: a
 * batch of processes is closed only when no payment is waiting, and the queue is looked at again
 * after each. Every
 * node runs one; they share the queue through {@code FOR UPDATE SKIP LOCKED}, so no payment is
 * ordered twice and a node that dies mid-chunk leaves its rows queued (its transaction rolled back)
 * for the next poll of any node.
 * Woken right after a batch commits, and polls as a safety net.
 */
@Component
@ConditionalOnProperty(name = "subsidyflow.payments.worker-enabled", havingValue = "true", matchIfMissing = true)
class PaymentWorker implements SchedulingConfigurer, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentWorker.class);

    private final PaymentBatches batches;
    private final PaidProcesses paidProcesses;
    private final long pauseMillis;
    private final Duration pollInterval;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "payment-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean draining = new AtomicBoolean();

    PaymentWorker(@Lazy PaymentBatches batches, @Lazy PaidProcesses paidProcesses, PaymentSettings settings) {
        this.batches = batches;
        this.paidProcesses = paidProcesses;
        this.pauseMillis = settings.pauseMs();
        this.pollInterval = Duration.ofMillis(settings.pollMs());
    }

    void wake() {
        executor.execute(this::drain);
    }

    /** Polls every {@code subsidyflow.payments.poll-ms}, the first time one interval after start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::poll, pollInterval, pollInterval));
    }

    void poll() {
        drain();
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            while (true) {
                if (batches.orderQueued() > 0) {
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                } else if (paidProcesses.closeDue() == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Ordering queued payments or closing paid processes stopped; will retry at the next poll: {}", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
