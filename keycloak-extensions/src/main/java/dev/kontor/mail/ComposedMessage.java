package dev.kontor.mail;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose bytes {@link MimeComposer} wrote: the SMTP transport streams them as they are.
 * Only the From header is kept as a field, for the transport's envelope sender.
 */
final class ComposedMessage extends MimeMessage {

    private final byte[] bytes;

    ComposedMessage(Session session, InternetAddress envelopeFrom, byte[] bytes) throws MessagingException {
        super(session);
        this.bytes = bytes;
        setFrom(envelopeFrom);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException {
        // the bytes carry no Bcc or Content-Length header, the two the SMTP transport asks to skip
        out.write(bytes);
    }

    /** The composed bytes are final: there are no headers to update. */
    @Override
    public void saveChanges() {
    }

    @Override
    public int getSize() {
        return bytes.length;
    }
}
