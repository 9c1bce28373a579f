package dev.kontor.customer;

import java.util.Locale;

/** Whether a customer number belongs to a person or to a company (whose logins share it). */
public enum CustomerKind {
    PERSON, COMPANY;

    /** {@code person} / {@code company} in any case; {@code null} or blank means person. */
    public static CustomerKind parse(String value) {
        if (value == null || value.isBlank()) {
            return PERSON;
        }
        return CustomerKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
