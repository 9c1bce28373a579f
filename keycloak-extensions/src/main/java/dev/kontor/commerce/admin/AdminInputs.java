package dev.kontor.commerce.admin;

import dev.kontor.http.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Bodies of the smaller admin calls, and the checks they share. */
final class AdminInputs {

    private AdminInputs() {
    }

    record StatusInput(String status, String note, String at) {
    }

    record ShipmentInput(String carrier, String trackingNumber, String trackingUrl, String shippedAt) {
    }

    record InvoiceInput(String amount, String currency, String issuedOn, String dueOn, String paidAt, String documentUrl) {
    }

    record PaymentInput(String paidAt) {
    }

    record DecisionInput(String decision, String note) {
    }

    record NoteInput(String note) {
    }

    record RefundInput(String amount, String note) {
    }

    /**
     * Links shown to customers must be http(s): a {@code javascript:} URL from a compromised back
     * end would otherwise run in the account console.
     */
    static String webUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && value.length() <= 1000) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, "invalid_url", "Use an absolute http(s) URL of at most 1000 characters.");
    }

    static String note(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 500) {
            throw ProblemException.invalidField(field, "too_long", "At most 500 characters.");
        }
        return value.strip();
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "required", "This field is required.");
        }
        if (value.strip().length() > max) {
            throw ProblemException.invalidField(field, "too_long", "At most " + max + " characters.");
        }
        return value.strip();
    }
}
