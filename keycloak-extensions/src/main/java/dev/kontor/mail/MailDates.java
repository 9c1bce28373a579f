package dev.kontor.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Date header (RFC 5322 §3.3), formatted once per second: every mail of that second shares it. */
final class MailDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private record Formatted(long epochSecond, String text) {
    }

    private MailDates() {
    }

    static String format(ZonedDateTime date) {
        return FORMAT.format(date);
    }

    static String now() {
        long second = Instant.now().getEpochSecond();
        Formatted cached = last;
        if (cached.epochSecond() != second) {
            cached = new Formatted(second, format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneId.systemDefault())));
            last = cached;
        }
        return cached.text();
    }
}
