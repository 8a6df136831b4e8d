package vn.subsidyflow.notice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SMTP server (GreenMail) of the zero-setup start and of the tests, when no SMTP host is
 * set: a real server on a real port, keeping every message it receives. The first start takes the
 * configured port or a free one; a restart keeps that port, so the mail sender pointed at it finds it
 * again — stopping and starting it is how a test makes the mail server go away and come back. What
 * was received before a stop is kept across it.
 *
 * <p>On a free port (the default) one server is shared by every application context of the JVM,
 * started by the first and stopped with the last: test contexts share one database, so a notice
 * written by one context may be sent by another's worker, and it must land in the same mailbox.
 */
public class EmbeddedMailServer {

    private static EmbeddedMailServer shared;
    private static int users;

    /** The JVM's server on a free port, started; {@link #release()} it when done. */
    static synchronized EmbeddedMailServer acquireShared() {
        if (shared == null) {
            shared = new EmbeddedMailServer(0);
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
    private int port;
    private GreenMail server;

    EmbeddedMailServer(int port) {
        this.port = port;
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
        beforeRestarts.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
        server = null;
    }

    public synchronized boolean running() {
        return server != null;
    }

    public synchronized int port() {
        return port;
    }

    /** Every message received since the first start, oldest first. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(beforeRestarts);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all;
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
