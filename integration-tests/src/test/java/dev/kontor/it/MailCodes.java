package dev.kontor.it;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.keycloak.testframework.mail.MailServer;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the realm mailed to a customer out of GreenMail.
 */
final class MailCodes {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern ACTION_LINK = Pattern.compile("(https?://\\S+/login-actions/action-token\\?\\S+)");

    private MailCodes() {
    }

    /** Every security mail's subject starts so, in every language (kontor email theme, kontorSecurityNotice*). */
    static final String SECURITY_NOTICE_PREFIX = "Kontor: ";

    /**
     * The mails to {@code email} that a flow sent (codes, links), in order; security mails, which
     * arrive after changes on their own, are left out so that mail numbers stay those of the flow.
     */
    static List<MimeMessage> to(MailServer mail, String email) {
        return all(mail, email).stream().filter(m -> !isSecurityNotice(m)).toList();
    }

    /** The security mails to {@code email} ("second factor turned on", ...). */
    static List<MimeMessage> securityNotices(MailServer mail, String email) {
        return all(mail, email).stream().filter(MailCodes::isSecurityNotice).toList();
    }

    private static List<MimeMessage> all(MailServer mail, String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(email)).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isSecurityNotice(MimeMessage mail) {
        String subject = subject(mail);
        return subject != null && subject.startsWith(SECURITY_NOTICE_PREFIX);
    }

    /** Waits for the {@code count}-th mail to {@code email} and returns the six-digit code in it. */
    static String awaitCode(MailServer mail, String email, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = to(mail, email);
            if (mails.size() >= count) {
                // The plain-text part: the HTML part holds colour codes like #000000 that look like codes.
                Matcher matcher = SIX_DIGITS.matcher(plainText(mails.get(count - 1)));
                if (matcher.find()) {
                    return matcher.group(1);
                }
                throw new AssertionError("mail " + count + " to " + email + " has no six-digit code");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail number " + count + " to " + email);
    }

    /** Waits for the {@code count}-th mail to {@code email} and returns the action link in it (activation, reset). */
    static String awaitLink(MailServer mail, String email, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = to(mail, email);
            if (mails.size() >= count) {
                Matcher matcher = ACTION_LINK.matcher(plainText(mails.get(count - 1)));
                if (matcher.find()) {
                    return matcher.group(1);
                }
                throw new AssertionError("mail " + count + " to " + email + " has no action link");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail number " + count + " to " + email);
    }

    static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** All text of the mail, plain and HTML parts alike. */
    static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
