package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** The message Jakarta Mail writes is read back with Jakarta Mail, the way a mail client would read it. */
class MailMessageTest {

    private static final Session SESSION = session();

    @Test
    void textAndHtmlBecomeAlternativePartsWithEncodedHeaders() throws Exception {
        MailMessage mail = new MailMessage("noreply@kontor.dev", "Kontör \"Kundenportal\"", "help@kontor.dev",
                "Kundendienst", "anna@example.de", "Ihr Anmeldecode für Kontor – gültig 10 Minuten",
                "Hallo Anna,\r\n\r\nIhr Code: 123456\r\nGrüße", "<p>Ihr Code: <b>123456</b></p>");

        Instant before = Instant.now().minusSeconds(1);
        MimeMessage parsed = parse(write(mail));

        assertEquals("Ihr Anmeldecode für Kontor – gültig 10 Minuten", parsed.getSubject());
        InternetAddress from = (InternetAddress) parsed.getFrom()[0];
        assertEquals("noreply@kontor.dev", from.getAddress());
        assertEquals("Kontör \"Kundenportal\"", from.getPersonal());
        InternetAddress replyTo = (InternetAddress) parsed.getReplyTo()[0];
        assertEquals("help@kontor.dev", replyTo.getAddress());
        assertEquals("Kundendienst", replyTo.getPersonal());
        assertEquals("anna@example.de", ((InternetAddress) parsed.getAllRecipients()[0]).getAddress());
        // the Message-ID names the sender's domain (the session's mail.from), not this host
        assertTrue(parsed.getMessageID().matches("<[^@<>]+@kontor\\.dev>"), parsed.getMessageID());
        assertEquals("auto-generated", parsed.getHeader("Auto-Submitted")[0]);
        String date = parsed.getHeader("Date")[0];
        assertTrue(date.matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}( \\(.*\\))?"), date);
        Instant sent = parsed.getSentDate().toInstant();
        assertTrue(!sent.isBefore(before) && Duration.between(sent, Instant.now()).toSeconds() < 5, sent.toString());

        Multipart parts = (Multipart) parsed.getContent();
        assertTrue(parsed.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(0).getContentType().contains("UTF-8"), parts.getBodyPart(0).getContentType());
        assertEquals("Hallo Anna,\r\n\r\nIhr Code: 123456\r\nGrüße", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Ihr Code: <b>123456</b></p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void asciiBodiesStay7bitAndOthersAreQuotedPrintable() throws Exception {
        MailMessage mail = new MailMessage("a@kontor.dev", null, null, null, "b@kontor.dev",
                "Code", "plain ascii", "<p>Grüße</p>");
        String raw = new String(write(mail), StandardCharsets.US_ASCII);

        assertTrue(raw.contains("Content-Transfer-Encoding: 7bit\r\n\r\nplain ascii"), raw);
        assertTrue(raw.contains("Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>Gr=C3=BC=C3=9Fe</p>"), raw);
        // without a reply-to setting, replies go to the sender
        assertTrue(raw.contains("Reply-To: a@kontor.dev\r\n"), raw);
        assertTrue(raw.chars().allMatch(c -> c < 128), "all 7-bit on the wire");
    }

    @Test
    void encodedBodiesKeepLinesShortAndRoundTrip() throws Exception {
        String body = "x".repeat(200) + "\r\n" + "ü€😀 = ".repeat(40) + "trailing space \r\n\tTab at start\r\n";
        MailMessage mail = new MailMessage("a@kontor.dev", null, null, null, "b@kontor.dev", "s", body, null);
        byte[] bytes = write(mail);

        String raw = new String(bytes, StandardCharsets.US_ASCII);
        String encodedBody = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        for (String line : encodedBody.split("\r\n")) {
            assertTrue(line.length() <= 76, "line of " + line.length() + ": " + line);
            assertTrue(!line.endsWith(" ") && !line.endsWith("\t"), "no trailing white space: " + line);
        }
        MimeMessage parsed = parse(bytes);
        assertTrue(parsed.isMimeType("text/plain"), "a single part when there is no HTML");
        assertEquals(body, parsed.getContent());
    }

    @Test
    void htmlAloneIsASingleHtmlPart() throws Exception {
        MimeMessage parsed = parse(write(new MailMessage("a@kontor.dev", null, null, null, "b@kontor.dev", "s", null, "<p>x</p>")));

        assertTrue(parsed.isMimeType("text/html"), parsed.getContentType());
        assertEquals("<p>x</p>", parsed.getContent());
    }

    @Test
    void longNonAsciiSubjectIsFoldedIntoEncodedWords() throws Exception {
        String subject = "Bestätigung Ihrer Rücksendung – ".repeat(5) + "😀";
        byte[] bytes = write(new MailMessage("a@kontor.dev", null, null, null, "b@kontor.dev", subject, "t", null));

        String raw = new String(bytes, StandardCharsets.US_ASCII);
        String header = raw.substring(raw.indexOf("Subject: "), raw.indexOf("\r\nMIME-Version"));
        assertTrue(header.split("\r\n").length > 2, "folded over several lines: " + header);
        for (String line : header.split("\r\n")) {
            // RFC 2047 §2: an encoded word is at most 75 characters (Jakarta Mail folds between words)
            assertTrue(line.matches("(Subject:)? =\\?UTF-8\\?Q\\?[!-~]+\\?=") && line.length() <= "Subject: ".length() + 75,
                    "header line of " + line.length() + ": " + line);
        }
        assertEquals(subject, parse(bytes).getSubject());
    }

    @Test
    void lineBreaksInASubjectOrDisplayNameCannotInjectHeaders() throws Exception {
        MailMessage mail = new MailMessage("a@kontor.dev", "Kontor\r\nBcc: evil@example.com", null, null, "b@kontor.dev",
                "Hello\r\nBcc: evil@example.com", "t", null);
        MimeMessage parsed = parse(write(mail));

        assertEquals("Hello Bcc: evil@example.com", parsed.getSubject().replaceAll("\\s+", " "));
        assertNull(parsed.getHeader("Bcc"));
        assertEquals(1, parsed.getAllRecipients().length);
        assertEquals("a@kontor.dev", ((InternetAddress) parsed.getFrom()[0]).getAddress());
    }

    private static byte[] write(MailMessage mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.toMimeMessage(SESSION).writeTo(out);
        return out.toByteArray();
    }

    private static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    /** A session as the sender makes it: mail.from is the realm's sender. */
    private static Session session() {
        Properties props = new SmtpSettings(java.util.Map.of("from", "noreply@kontor.dev")).sessionProperties("noreply@kontor.dev", null, null);
        return Session.getInstance(props);
    }
}
