package vn.subsidyflow.paper;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The few threads that print papers after their change has committed, off the request threads and
 * outside every transaction. Bounded on both sides: a burst (a payment batch orders thousands of
 * notices) fills the queue and the rest is dropped, and a print lost to a full queue, a failure or a
 * restart costs nothing but time, since the paper's first reader prints it then.
 */
@Component
@EnableConfigurationProperties(PaperPrintSettings.class)
class PaperPrintQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaperPrintQueue.class);

    private final ThreadPoolExecutor executor;

    PaperPrintQueue(PaperPrintSettings settings) {
        if (settings.threads() == 0) {
            executor = null;
            return;
        }
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queue()), work -> {
                    Thread thread = new Thread(work, "paper-print-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Prints later if there is room; otherwise the first reader will. */
    void submit(long paperId, Runnable print) {
        if (executor == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    print.run();
                } catch (RuntimeException e) {
                    log.warn("Paper {} was not printed in the background; its first reader prints it: {}", paperId,
                            e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Print queue full or stopped; paper {} is printed by its first reader", paperId);
        }
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
