package dev.kontor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** The composed bytes are read back with Jakarta Mail, the way a mail client would read them. */
class MimeComposerTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void textAndHtmlBecomeAlternativePartsWithEncodedHeaders() throws Exception {
        MimeComposer.Mail mail = new MimeComposer.Mail("noreply@kontor.dev", "Kontör \"Kundenportal\"", "help@kontor.dev",
                "Kundendienst", "anna@example.de", "Ihr Anmeldecode für Kontor – gültig 10 Minuten",
                "Hallo Anna,\n\nIhr Code: 123456\nGrüße", "<p>Ihr Code: <b>123456</b></p>");

        MimeMessage parsed = parse(MimeComposer.compose(mail, MailDates.format(DATE), "abc123"));

        assertEquals("Ihr Anmeldecode für Kontor – gültig 10 Minuten", parsed.getSubject());
        InternetAddress from = (InternetAddress) parsed.getFrom()[0];
        assertEquals("noreply@kontor.dev", from.getAddress());
        assertEquals("Kontör \"Kundenportal\"", from.getPersonal());
        InternetAddress replyTo = (InternetAddress) parsed.getReplyTo()[0];
        assertEquals("help@kontor.dev", replyTo.getAddress());
        assertEquals("Kundendienst", replyTo.getPersonal());
        assertEquals("anna@example.de", ((InternetAddress) parsed.getAllRecipients()[0]).getAddress());
        assertEquals("<abc123@kontor.dev>", parsed.getMessageID());
        assertEquals("auto-generated", parsed.getHeader("Auto-Submitted")[0]);
        assertEquals(DATE.toInstant(), parsed.getSentDate().toInstant());

        Multipart parts = (Multipart) parsed.getContent();
        assertTrue(parsed.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Hallo Anna,\r\n\r\nIhr Code: 123456\r\nGrüße", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Ihr Code: <b>123456</b></p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void asciiBodiesStay7bitAndOthersAreQuotedPrintable() throws Exception {
        MimeComposer.Mail mail = new MimeComposer.Mail("a@kontor.dev", null, null, null, "b@kontor.dev",
                "Code", "plain ascii", "<p>Grüße</p>");
        String raw = new String(MimeComposer.compose(mail, MailDates.format(DATE), "x1"), StandardCharsets.US_ASCII);

        assertTrue(raw.contains("Content-Transfer-Encoding: 7bit\r\n\r\nplain ascii"), raw);
        assertTrue(raw.contains("Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>Gr=C3=BC=C3=9Fe</p>"), raw);
        // without a reply-to setting, replies go to the sender
        assertTrue(raw.contains("Reply-To: a@kontor.dev\r\n"), raw);
        assertTrue(raw.chars().allMatch(c -> c < 128), "all 7-bit on the wire");
    }

    @Test
    void quotedPrintableKeepsLinesShortAndRoundTrips() throws Exception {
        String body = "x".repeat(200) + "\n" + "ü€😀 = ".repeat(40) + "trailing space \n\tTab at start\n";
        String encoded = MimeComposer.quotedPrintable(body);

        for (String line : encoded.split("\r\n")) {
            assertTrue(line.length() <= 76, "line of " + line.length() + ": " + line);
            assertFalse(line.endsWith(" ") || line.endsWith("\t"), "no trailing white space: " + line);
        }
        MimeComposer.Mail mail = new MimeComposer.Mail("a@kontor.dev", null, null, null, "b@kontor.dev", "s", body, null);
        MimeMessage parsed = parse(MimeComposer.compose(mail, MailDates.format(DATE), "x2"));
        assertTrue(parsed.isMimeType("text/plain"), "a single part when there is no HTML");
        assertEquals(body.replace("\n", "\r\n"), parsed.getContent());
    }

    @Test
    void longNonAsciiSubjectIsFoldedIntoEncodedWords() throws Exception {
        String subject = "Bestätigung Ihrer Rücksendung – ".repeat(5) + "😀";
        MimeComposer.Mail mail = new MimeComposer.Mail("a@kontor.dev", null, null, null, "b@kontor.dev", subject, "t", null);
        byte[] bytes = MimeComposer.compose(mail, MailDates.format(DATE), "x3");

        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\r\n")) {
            assertTrue(line.length() <= 78, "header line of " + line.length());
        }
        assertEquals(subject, parse(bytes).getSubject());
    }

    @Test
    void lineBreaksInASubjectCannotInjectHeaders() throws Exception {
        MimeComposer.Mail mail = new MimeComposer.Mail("a@kontor.dev", null, null, null, "b@kontor.dev",
                "Hello\r\nBcc: evil@example.com", "t", null);
        MimeMessage parsed = parse(MimeComposer.compose(mail, MailDates.format(DATE), "x4"));

        assertEquals("Hello Bcc: evil@example.com", parsed.getSubject());
        assertEquals(null, parsed.getHeader("Bcc"));
    }

    @Test
    void everyLineBreakIsSentAsCrlf() {
        MimeComposer.Mail mail = new MimeComposer.Mail("a@kontor.dev", null, null, null, "b@kontor.dev", "s",
                "one\ntwo\rthree\r\nfour", null);
        String raw = new String(MimeComposer.compose(mail, MailDates.format(DATE), "x5"), StandardCharsets.US_ASCII);

        assertTrue(raw.endsWith("\r\n\r\none\r\ntwo\r\nthree\r\nfour"), raw);
        assertEquals(java.util.List.of("a", "", "b", ""), java.util.List.of(MimeComposer.lines("a\r\n\nb\r")));
    }

    @Test
    void dateHeaderIsRfc5322() {
        assertEquals("Sat, 21 Nov 2026 09:30:00 +0100", MailDates.format(DATE));
        String now = MailDates.now();
        assertTrue(now.matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}"), now);
    }

    @Test
    void sevenBitNeedsAsciiAndShortLines() {
        assertTrue(MimeComposer.is7bit("abc\r\ndef\n"));
        assertFalse(MimeComposer.is7bit("ä"));
        assertFalse(MimeComposer.is7bit("a".repeat(999)));
        assertFalse(MimeComposer.is7bit("bare\rcarriage return"));
    }

    private static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
