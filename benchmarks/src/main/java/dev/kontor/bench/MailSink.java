package dev.kontor.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The SMTP sink the realm mails to (GreenMail), and the email codes read from it. */
public final class MailSink implements CodeMailbox, AutoCloseable {

    private static final Pattern CODE_LINE = Pattern.compile("(?m)^\\s*(\\d{4,10})\\s*$");

    private final GreenMail greenMail;

    public MailSink(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public int count(String address) {
        try {
            GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
            return user == null ? 0 : inbox(user).getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    @Override
    public String awaitCode(String address, int seen, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
            if (user != null) {
                List<StoredMessage> messages = inbox(user).getMessages();
                if (messages.size() > seen) {
                    String code = codeIn(messages.get(messages.size() - 1).getMimeMessage());
                    if (code == null) {
                        throw new IllegalStateException("no code in the mail to " + address);
                    }
                    return code;
                }
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no mail to " + address + " within " + timeoutMillis + " ms");
    }

    private MailFolder inbox(GreenMailUser user) throws Exception {
        return greenMail.getManagers().getImapHostManager().getInbox(user);
    }

    /** The code on a line of its own in the text part of the mail. */
    public static String codeIn(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return codeInText(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String code = codeIn(child);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    static String codeInText(String text) {
        Matcher m = CODE_LINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
