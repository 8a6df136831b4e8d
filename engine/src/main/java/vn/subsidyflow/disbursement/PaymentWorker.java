package vn.subsidyflow.disbursement;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Orders queued payments, one transaction per chunk ({@link PaymentBatches#orderQueued}). Every
 * node runs one; they share the queue through {@code FOR UPDATE SKIP LOCKED}, so no payment is
 * ordered twice and a node that dies mid-chunk leaves its rows queued (its transaction rolled back)
 * for the next poll of any node.
 * Woken right after a batch commits, and polls as a safety net.
 */
@Component
@ConditionalOnProperty(name = "subsidyflow.payments.worker-enabled", havingValue = "true", matchIfMissing = true)
class PaymentWorker implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentWorker.class);

    private final PaymentBatches batches;
    private final long pauseMillis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "payment-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean draining = new AtomicBoolean();

    PaymentWorker(@Lazy PaymentBatches batches, @Value("${subsidyflow.payments.pause-ms:0}") long pauseMillis) {
        this.batches = batches;
        this.pauseMillis = pauseMillis;
    }

    void wake() {
        executor.execute(this::drain);
    }

    @Scheduled(initialDelayString = "${subsidyflow.payments.poll-ms:2000}", fixedDelayString = "${subsidyflow.payments.poll-ms:2000}")
    void poll() {
        drain();
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            while (batches.orderQueued() > 0) {
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Ordering queued payments stopped; will retry at the next poll: {}", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
