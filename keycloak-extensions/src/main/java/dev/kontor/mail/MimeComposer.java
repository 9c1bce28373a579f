package dev.kontor.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

    /** What a mail says and who it goes to; addresses already checked ({@link MailAddresses}). */
    record Mail(String from, String fromDisplayName, String replyTo, String replyToDisplayName, String to,
                String subject, String textBody, String htmlBody) {
    }

    private MimeComposer() {
    }

    /**
     * @param date      the Date header's value ({@link MailDates})
     * @param uniqueId  random letters and digits for the Message-ID and the part boundary
     */
    static byte[] compose(Mail mail, String date, String uniqueId) {
        StringBuilder out = new StringBuilder(1024 + length(mail.textBody()) + length(mail.htmlBody()));
        header(out, "Date", date);
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
        if (plain) {
            appendWithCrlf(out, body);
        } else {
            out.append(quotedPrintable(body));
        }
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
        String singleLine = singleLine(value);
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
        String[] lines = lines(body);
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

    /** Appends the text with every line break (CRLF, LF or CR) written as CRLF. */
    private static void appendWithCrlf(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(CRLF);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
    }

    /** The lines of a text broken at CRLF, LF or CR (the last one may be empty). */
    static String[] lines(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    /** Line breaks (runs of CR and LF) become one space: a header value must not start a new header. */
    private static String singleLine(String value) {
        if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean inBreak = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\r' || c == '\n';
            if (!lineBreak) {
                out.append(c);
            } else if (!inBreak) {
                out.append(' ');
            }
            inBreak = lineBreak;
        }
        return out.toString();
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
