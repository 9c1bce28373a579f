package dev.kontor.commerce;

import dev.kontor.http.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times as the commerce API writes and reads them: ISO-8601 UTC instants and calendar dates. */
public final class Times {

    private Times() {
    }

    public static String instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static LocalDate utcDate(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** An instant from a request field; {@code null} stays null. */
    public static Long parseInstant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "invalid_instant", "Use an ISO-8601 UTC instant, e.g. \"2026-11-21T10:15:30Z\".");
        }
    }

    /** A date from a request field; {@code null} stays null. */
    public static LocalDate parseDate(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "invalid_date", "Use an ISO-8601 date, e.g. \"2026-12-05\".");
        }
    }

    /** A date from a query parameter: a bad one is a 400, not a 422. */
    public static LocalDate parseDateParameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter("'" + name + "' must be a date like 2026-12-05.");
        }
    }
}
