package dev.kontor.commerce.money;

import dev.kontor.http.ProblemException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Parses the decimal strings of requests. Amounts travel as strings ({@code "12.50"}) so no client
 * ever rounds them through a binary float; anything else is a field error with a stable code.
 */
public final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");
    private static final Pattern RATE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** A non-negative amount with at most 4 decimals; {@code null} when absent. */
    public static BigDecimal amount(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!AMOUNT.matcher(value).matches()) {
            throw ProblemException.invalidField(field, "invalid_amount",
                    "Use a non-negative decimal string with at most 4 decimals, e.g. \"12.50\".");
        }
        return new BigDecimal(value);
    }

    /** A tax rate in percent, 0 to 100, at most 2 decimals. */
    public static BigDecimal rate(String field, String value) {
        if (value == null || !RATE.matcher(value).matches() || new BigDecimal(value).compareTo(HUNDRED) > 0) {
            throw ProblemException.invalidField(field, "invalid_tax_rate",
                    "Use a percentage between 0 and 100 as a decimal string, e.g. \"19.00\".");
        }
        return new BigDecimal(value);
    }

    /** An ISO 4217 currency code in upper case. */
    public static String currency(String field, String value) {
        if (value == null || !value.matches("[A-Z]{3}")) {
            throw ProblemException.invalidField(field, "invalid_currency", "Use an ISO 4217 currency code, e.g. \"EUR\".");
        }
        try {
            Currency.getInstance(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "invalid_currency", "Use an ISO 4217 currency code, e.g. \"EUR\".");
        }
    }
}
