package dev.kontor.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Writes a mail as RFC 5322 / MIME bytes: headers, then a text and/or an HTML part
 * ({@code multipart/alternative} when both are there).
 *
 * <p>Why not Jakarta Mail's {@code MimeBodyPart}/{@code MimeMultipart}: each of them looks up its
 * stream provider through {@code ServiceLoader} on construction and again on writing, which made
 * building the message a fifth of the mail's CPU. The format written here is the small subset a
 * notification needs; parts are 7bit when they are plain ASCII with short lines, else
 * quoted-printable, and header words outside ASCII are RFC 2047 encoded.
 */
final class MimeComposer {

    private static final String CRLF = "\r\n";
    private static final int MAX_7BIT_LINE = 998;
    private static final int MAX_QP_LINE = 76;
    /**
     * UTF-8 bytes per encoded word: base64 of 42 bytes is 56 characters, 68 with the =?UTF-8?B?...?=
     * frame, so "Subject: " and the first word stay within the 78 characters a header line should have.
     */
    private static final int ENCODED_WORD_BYTES = 42;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    /** What a mail says and who it goes to; addresses already checked ({@link MailAddresses}). */
    record Mail(String from, String fromDisplayName, String replyTo, String replyToDisplayName, String to,
                String subject, String textBody, String htmlBody) {
    }

    private MimeComposer() {
    }

    /**
     * @param date      the Date header
     * @param uniqueId  random letters and digits for the Message-ID and the part boundary
     */
    static byte[] compose(Mail mail, ZonedDateTime date, String uniqueId) {
        StringBuilder out = new StringBuilder(1024 + length(mail.textBody()) + length(mail.htmlBody()));
        header(out, "Date", DATE.format(date));
        header(out, "From", address(mail.from(), mail.fromDisplayName()));
        if (mail.replyTo() != null) {
            header(out, "Reply-To", address(mail.replyTo(), mail.replyToDisplayName()));
        } else {
            header(out, "Reply-To", address(mail.from(), mail.fromDisplayName()));
        }
        header(out, "To", mail.to());
        header(out, "Message-ID", "<" + uniqueId + "@" + MailAddresses.domainOf(mail.from()) + ">");
        header(out, "Subject", text(mail.subject() == null ? "" : mail.subject()));
        header(out, "MIME-Version", "1.0");
        // RFC 3834: a machine wrote this mail, so vacation responders stay quiet.
        header(out, "Auto-Submitted", "auto-generated");
        boolean both = mail.textBody() != null && mail.htmlBody() != null;
        if (both) {
            String boundary = "=_kontor_" + uniqueId;
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
            out.append(CRLF);
            out.append("--").append(boundary).append(CRLF);
            part(out, "text/plain", mail.textBody());
            out.append(CRLF).append("--").append(boundary).append(CRLF);
            part(out, "text/html", mail.htmlBody());
            out.append(CRLF).append("--").append(boundary).append("--").append(CRLF);
        } else {
            boolean html = mail.htmlBody() != null;
            // no line break after the body: it would become part of the text (the transport ends the data itself)
            part(out, html ? "text/html" : "text/plain", html ? mail.htmlBody() : nullToEmpty(mail.textBody()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Content-Type and -Transfer-Encoding headers, a blank line, and the encoded body (no final line break). */
    private static void part(StringBuilder out, String type, String body) {
        boolean plain = is7bit(body);
        header(out, "Content-Type", type + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", plain ? "7bit" : "quoted-printable");
        out.append(CRLF);
        out.append(plain ? normalizeLineBreaks(body) : quotedPrintable(body));
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    /** {@code "Name" <address>}, or the bare address without a name. */
    static String address(String address, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return address;
        }
        String name = isPrintableAscii(displayName)
                ? "\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                : encodedWords(displayName);
        return name + " <" + address + ">";
    }

    /** Header text: as is when printable ASCII, else RFC 2047 encoded words, folded. */
    static String text(String value) {
        String singleLine = value.replaceAll("[\\r\\n]+", " ");
        return isPrintableAscii(singleLine) ? singleLine : encodedWords(singleLine);
    }

    private static String encodedWords(String value) {
        StringBuilder words = new StringBuilder();
        int start = 0;
        while (start < value.length()) {
            int end = start;
            int bytes = 0;
            while (end < value.length()) {
                int cp = value.codePointAt(end);
                int size = utf8Length(cp);
                if (bytes + size > ENCODED_WORD_BYTES) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (words.length() > 0) {
                words.append(CRLF).append(' ');
            }
            words.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(value.substring(start, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            start = end;
        }
        return words.toString();
    }

    static boolean is7bit(String body) {
        int lineLength = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                lineLength = 0;
            } else if (c == '\r') {
                if (i + 1 >= body.length() || body.charAt(i + 1) != '\n') {
                    return false;
                }
            } else if (c >= 128 || c == 0 || ++lineLength > MAX_7BIT_LINE) {
                return false;
            }
        }
        return true;
    }

    /** RFC 2045 §6.7, over the UTF-8 bytes; line breaks stay hard breaks (CRLF). */
    static String quotedPrintable(String body) {
        StringBuilder out = new StringBuilder(body.length() + body.length() / 4);
        String[] lines = body.split("\r\n|\n|\r", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append(CRLF);
            }
            byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
            int column = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                boolean lastOfLine = i == bytes.length - 1;
                boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOfLine);
                int width = literal ? 1 : 3;
                // keep room for the soft break "=" unless this is the line's last token
                int limit = lastOfLine ? MAX_QP_LINE : MAX_QP_LINE - 1;
                if (column + width > limit) {
                    out.append('=').append(CRLF);
                    column = 0;
                }
                if (literal) {
                    out.append((char) b);
                } else {
                    out.append('=').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
                }
                column += width;
            }
        }
        return out.toString();
    }

    private static String normalizeLineBreaks(String body) {
        return body.replaceAll("\r\n|\n|\r", CRLF);
    }

    private static boolean isPrintableAscii(String value) {
        return value.chars().allMatch(c -> c >= 32 && c < 127);
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
