package vn.subsidyflow.web.notification;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.subsidyflow.notice.EmbeddedMailServer;

/**
 * A message the embedded SMTP server received, as the administrators' page shows it: the headers, the
 * text part (never the HTML part, which the page would have to trust) and the attachments' names.
 */
record ReceivedMail(long index, String messageId, String to, String subject, Instant sentAt, String text,
                    List<String> attachments) {

    /** The kept messages, newest first, each with its number (which stays while the message is kept). */
    static List<ReceivedMail> newestFirst(EmbeddedMailServer.Kept kept) throws MessagingException {
        List<ReceivedMail> all = new ArrayList<>();
        List<MimeMessage> received = kept.messages();
        for (int i = received.size() - 1; i >= 0; i--) {
            MimeMessage message = received.get(i);
            all.add(new ReceivedMail(kept.firstNumber() + i, message.getMessageID(), to(message), message.getSubject(), sent(message), null, List.of()));
        }
        return all;
    }

    static ReceivedMail read(long index, MimeMessage message) throws MessagingException, IOException {
        List<String> texts = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        collect(message, texts, attachments);
        return new ReceivedMail(index, message.getMessageID(), to(message), message.getSubject(), sent(message),
                texts.isEmpty() ? "" : texts.get(0), attachments);
    }

    private static void collect(Part part, List<String> texts, List<String> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, texts, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            texts.add(String.valueOf(part.getContent()));
        }
    }

    private static String to(MimeMessage message) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        return recipients == null ? "" : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static Instant sent(MimeMessage message) throws MessagingException {
        return message.getSentDate() == null ? null : message.getSentDate().toInstant();
    }
}
