package vn.subsidyflow.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.database.Transactions;

/**
 * Recounts the inbox queues once the node is ready, in the background: the kept counts cannot drift
 * while every change goes through open_task, but a row changed by hand or restored from elsewhere would
 * leave them wrong until then. Safe on several nodes at once: a recount locks the counts it rewrites,
 * so writers and other recounts wait for it or it for them.
 */
@Component
class InboxRecount {

    private static final Logger log = LoggerFactory.getLogger(InboxRecount.class);

    private final Inbox inbox;
    private final Transactions transactions;

    InboxRecount(Inbox inbox, Transactions transactions) {
        this.inbox = inbox;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread thread = new Thread(this::recount, "inbox-recount");
        thread.setDaemon(true);
        thread.start();
    }

    void recount() {
        try {
            long started = System.nanoTime();
            int counts = transactions.inTransaction(inbox::recount);
            log.info("Inbox queues recounted: {} counts in {} ms", counts, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Recounting the inbox queues failed; the kept counts stand: {}", e.toString());
        }
    }
}
