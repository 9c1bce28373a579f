package dev.kontor.bench;

/**
 * Where the driver reads email codes from: the benchmark's own SMTP sink ({@link MailSink}), or in
 * the smoke test the test framework's mail server.
 */
public interface CodeMailbox {

    /** How many mails the address has received so far. */
    int count(String address);

    /** Waits for a mail beyond the first {@code seen} ones and returns the code in it. */
    String awaitCode(String address, int seen, long timeoutMillis) throws Exception;
}
