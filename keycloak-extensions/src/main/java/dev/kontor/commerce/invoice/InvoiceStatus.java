package dev.kontor.commerce.invoice;

import dev.kontor.http.ProblemException;

import java.time.LocalDate;
import java.util.Locale;

/** Paid once the back end recorded a payment; otherwise open until the due date has passed, then overdue. */
public enum InvoiceStatus {
    OPEN, PAID, OVERDUE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvoiceStatus of(Long paidAt, LocalDate dueOn, LocalDate today) {
        if (paidAt != null) {
            return PAID;
        }
        return dueOn.isBefore(today) ? OVERDUE : OPEN;
    }

    /** A {@code ?status=} parameter; blank → null (all). */
    public static InvoiceStatus parameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (InvoiceStatus status : values()) {
            if (status.code().equals(value.trim())) {
                return status;
            }
        }
        throw ProblemException.badParameter("'status' must be one of open, paid, overdue.");
    }
}
