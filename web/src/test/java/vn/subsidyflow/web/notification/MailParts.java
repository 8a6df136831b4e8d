package vn.subsidyflow.web.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The parts of a received mail, as a test reads them. */
final class MailParts {

    private MailParts() {
    }

    static String text(MimeMessage message) throws Exception {
        return first(message, "text/plain");
    }

    static String html(MimeMessage message) throws Exception {
        return first(message, "text/html");
    }

    /** The attachments' file names. */
    static List<String> attachments(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        collect(message, part -> {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            }
        });
        return names;
    }

    /** The attachments' contents, in order. */
    static List<byte[]> attachmentContents(MimeMessage message) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        collect(message, part -> {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                contents.add(part.getInputStream().readAllBytes());
            }
        });
        return contents;
    }

    private static String first(MimeMessage message, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(message, part -> {
            if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.add(String.valueOf(part.getContent()));
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private interface PartVisitor {
        void visit(Part part) throws Exception;
    }

    private static void collect(Part part, PartVisitor visitor) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, visitor);
            }
        } else {
            visitor.visit(part);
        }
    }

}
