package vn.subsidyflow.notice;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SMTP server (GreenMail) of the zero-setup start and of the tests, when no SMTP host is
 * set: a real server on a real port, keeping every message it receives. The first start takes the
 * configured port or a free one; a restart keeps that port, so the mail sender pointed at it finds it
 * again — stopping and starting it is how a test makes the mail server go away and come back. What
 * was received before a stop is kept across it.
 *
 * <p>It keeps the latest {@code keep} messages, not every one: GreenMail holds each message on the
 * heap, and a node that runs for weeks (or a benchmark's ten thousand payment notices) would
 * otherwise fill its heap with mail nobody reads any more. The mail sender lets it know of each
 * send ({@link #sent(int)}); the oldest beyond {@code keep} go every tenth of {@code keep} sends.
 *
 * <p>On a free port (the default) one server is shared by every application context of the JVM,
 * started by the first and stopped with the last: test contexts share one database, so a notice
 * written by one context may be sent by another's worker, and it must land in the same mailbox.
 */
public class EmbeddedMailServer {

    private static EmbeddedMailServer shared;
    private static int users;

    /** The JVM's server on a free port, started; {@link #releaseShared()} it when done. */
    static synchronized EmbeddedMailServer acquireShared(int keep) {
        if (shared == null) {
            shared = new EmbeddedMailServer(0, keep);
        }
        shared.start();
        users++;
        return shared;
    }

    static synchronized void releaseShared() {
        if (shared != null && --users <= 0) {
            shared.stop();
            shared = null;
            users = 0;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final List<MimeMessage> beforeRestarts = new ArrayList<>();
    private final int keep;
    private int port;
    private GreenMail server;
    private int sentSinceTrim;
    private long letGo;

    EmbeddedMailServer(int port, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("The embedded mail server keeps at least one message, not " + keep);
        }
        this.port = port;
        this.keep = keep;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        port = server.getSmtp().getPort();
        log.info("Embedded SMTP server listening on 127.0.0.1:{}; sent mail is shown at /admin/mail", port);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        held().forEach(h -> beforeRestarts.add(h.message().getMimeMessage()));
        server.stop();
        server = null;
    }

    public synchronized boolean running() {
        return server != null;
    }

    public synchronized int port() {
        return port;
    }

    /** Messages were sent to this server: now and then, the oldest beyond the kept number are let go. */
    public synchronized void sent(int messages) {
        sentSinceTrim += messages;
        if (sentSinceTrim >= Math.max(1, keep / 10)) {
            trim();
        }
    }

    /** Lets go of the oldest messages beyond the latest {@code keep}, those received before a restart first. */
    public synchronized void trim() {
        sentSinceTrim = 0;
        List<Held> held = held();
        int excess = beforeRestarts.size() + held.size() - keep;
        int earlier = Math.min(Math.max(0, excess), beforeRestarts.size());
        beforeRestarts.subList(0, earlier).clear();
        letGo += earlier;
        excess -= earlier;
        if (excess <= 0) {
            return;
        }
        // The oldest in the order received() lists them, so what is let go is always a prefix of it.
        // Flagged and expunged one by one, not purged: a message arriving meanwhile is not among them.
        letGo += excess;
        Set<MailFolder> touched = new LinkedHashSet<>();
        for (Held h : held.subList(0, excess)) {
            h.message().setFlag(Flags.Flag.DELETED, true);
            touched.add(h.folder());
        }
        for (MailFolder folder : touched) {
            try {
                folder.expunge();
            } catch (FolderException e) {
                log.warn("Old messages of the embedded mail server's {} could not be let go", folder.getFullName(), e);
            }
        }
    }

    private record Held(MailFolder folder, StoredMessage message) {
        // Each recipient has a mailbox of its own: across them, by the time received, then mailbox and arrival.
        static final Comparator<Held> RECEIVED = Comparator.comparing((Held h) -> h.message().getReceivedDate())
                .thenComparing(h -> h.folder().getFullName()).thenComparingLong(h -> h.message().getUid());
    }

    /**
     * The messages kept, oldest first, and the number of the first: each message keeps its number
     * while it is kept, counted from the first received since the first start.
     */
    public record Kept(long firstNumber, List<MimeMessage> messages) {
    }

    /** The latest {@code keep} messages received since the first start, numbered. */
    public synchronized Kept kept() {
        List<MimeMessage> all = new ArrayList<>(beforeRestarts);
        held().forEach(h -> all.add(h.message().getMimeMessage()));
        return new Kept(letGo, all);
    }

    /** What the running server holds, in the order received. */
    private List<Held> held() {
        List<Held> held = new ArrayList<>();
        if (server == null) {
            return held;
        }
        try {
            for (MailFolder folder : server.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
                folder.getMessages().forEach(message -> held.add(new Held(folder, message)));
            }
        } catch (FolderException e) {
            // The in-memory store lists its own folders: this is a bug, not a state to live with.
            throw new IllegalStateException("The embedded mail server's mailboxes could not be listed", e);
        }
        held.sort(Held.RECEIVED);
        return held;
    }

    /** The latest {@code keep} messages received since the first start, oldest first. */
    public List<MimeMessage> received() {
        return kept().messages();
    }

    /** The messages whose recipients include {@code address}. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
