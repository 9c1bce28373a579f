package dev.kontor.commerce.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A sum of money as the API shows it: the amount as a decimal string with the currency's minor
 * digits ({@code "1234.50"} EUR, {@code "1235"} JPY), never a JSON float.
 */
public record Money(String amount, String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(round(amount, currency).toPlainString(), currency);
    }

    /** Rounds half up to the currency's minor unit, as invoices do. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorDigits(currency), RoundingMode.HALF_UP);
    }

    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? 0 : digits;
    }
}
