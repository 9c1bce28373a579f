package dev.kontor.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * What a mail says and who it goes to (addresses already checked by {@link MailAddresses}), and
 * the Jakarta Mail message for it: a text and/or an HTML part ({@code multipart/alternative} when
 * both are there), UTF-8 throughout. Jakarta Mail picks each part's transfer encoding (7bit,
 * quoted-printable or base64), RFC 2047-encodes and folds header words outside ASCII, and folds
 * line breaks in header values so that they cannot start a header of their own.
 */
record MailMessage(String from, String fromDisplayName, String replyTo, String replyToDisplayName, String to,
                   String subject, String textBody, String htmlBody) {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    /**
     * The message, its headers final ({@code saveChanges}): the SMTP transport writes it as it is,
     * also a second time when a reused connection failed. The Message-ID's domain is the one of
     * the session's {@code mail.from} (the realm's sender), never this host's name.
     */
    MimeMessage toMimeMessage(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setSentDate(new Date());
        message.setFrom(address(from, fromDisplayName));
        // without a reply-to setting, replies go to the sender
        message.setReplyTo(new Address[] {replyTo == null ? address(from, fromDisplayName) : address(replyTo, replyToDisplayName)});
        message.setRecipient(Message.RecipientType.TO, address(to, null));
        message.setSubject(subject == null ? "" : subject, UTF_8);
        // RFC 3834: a machine wrote this mail, so vacation responders stay quiet.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (textBody != null && htmlBody != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(textBody, "plain"));
            alternative.addBodyPart(part(htmlBody, "html"));
            message.setContent(alternative);
        } else if (htmlBody != null) {
            message.setText(htmlBody, UTF_8, "html");
        } else {
            message.setText(textBody == null ? "" : textBody, UTF_8, "plain");
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, UTF_8, subtype);
        return part;
    }

    /** The address as given (checked already, so not parsed again), with its display name if there is one. */
    private static InternetAddress address(String address, String displayName) {
        try {
            return new InternetAddress(address, displayName == null || displayName.isBlank() ? null : displayName, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
