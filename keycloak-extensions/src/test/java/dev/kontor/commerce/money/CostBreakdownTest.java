package dev.kontor.commerce.money;

import dev.kontor.http.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CostBreakdownTest {

    private static CostBreakdown.Line line(int quantity, String unitPrice, String rate) {
        return new CostBreakdown.Line(quantity, new BigDecimal(unitPrice), new BigDecimal(rate));
    }

    @Test
    void taxIsComputedOncePerRateNotPerLine() {
        // Per line: 3 × round(0.333 × 0.19 = 0.0633) = 0.18; once over the sum: round(0.999 → 1.00 × 0.19) = 0.19.
        CostBreakdown costs = CostBreakdown.of("EUR", List.of(line(1, "0.333", "19"), line(1, "0.333", "19"),
                line(1, "0.333", "19")), null, null);
        assertEquals(new BigDecimal("0.99"), costs.net(), "each line total is rounded to cents first");
        assertEquals(new BigDecimal("0.19"), costs.taxes().get(new BigDecimal("19.00")));
        assertEquals(new BigDecimal("1.18"), costs.total());
    }

    @Test
    void mixedRatesShippingAndDiscount() {
        CostBreakdown costs = CostBreakdown.of("EUR", List.of(line(3, "2.99", "19.00"), line(2, "12.15", "7.00")),
                new BigDecimal("4.90"), new BigDecimal("5"));
        assertEquals(new BigDecimal("33.27"), costs.net());
        assertEquals(List.of(new BigDecimal("7.00"), new BigDecimal("19.00")), List.copyOf(costs.taxes().keySet()), "sorted by rate");
        assertEquals(new BigDecimal("1.70"), costs.taxes().get(new BigDecimal("7.00")));
        assertEquals(new BigDecimal("1.70"), costs.taxes().get(new BigDecimal("19.00")));
        assertEquals(new BigDecimal("5.00"), costs.discount());
        assertEquals(new BigDecimal("36.57"), costs.total());
        assertEquals(new BigDecimal("41.57"), costs.gross());
    }

    @Test
    void halfUpRoundingAndCurrencyDigits() {
        assertEquals("0.13", Money.of(new BigDecimal("0.125"), "EUR").amount(), "half up, not banker's rounding");
        assertEquals("0.12", Money.of(new BigDecimal("0.1249"), "EUR").amount());
        assertEquals("1235", Money.of(new BigDecimal("1234.5"), "JPY").amount(), "yen has no minor unit");
        assertEquals("1.235", Money.of(new BigDecimal("1.2345"), "BHD").amount(), "dinar has three");
        assertEquals("100.00", Money.of(new BigDecimal("100"), "CHF").amount(), "always the minor digits");
        CostBreakdown yen = CostBreakdown.of("JPY", List.of(line(3, "333", "10")), null, null);
        assertEquals(new BigDecimal("1099"), yen.total());
    }

    @Test
    void manyLinesStayExact() {
        // 0.1 a thousand times is 100.00 exactly, which binary floating point would not give.
        CostBreakdown costs = CostBreakdown.of("EUR", java.util.Collections.nCopies(1000, line(1, "0.10", "0")), null, null);
        assertEquals(new BigDecimal("100.00"), costs.total());
        assertEquals(new BigDecimal("0.00"), costs.taxes().get(new BigDecimal("0.00")));
    }

    @Test
    void requestAmountsAreStrictDecimalStrings() {
        assertEquals(new BigDecimal("12.50"), Amounts.amount("x", "12.50"));
        assertEquals(new BigDecimal("7.5"), Amounts.rate("x", "7.5"));
        for (String bad : new String[]{"-1.00", "1e3", "12,50", " 1", "1.23456", "", "NaN"}) {
            assertEquals("invalid_amount", assertThrows(ProblemException.class, () -> Amounts.amount("x", bad)).errors().get(0).code(), bad);
        }
        for (String bad : new String[]{"100.01", "-7", "19.000", "abc"}) {
            assertEquals("invalid_tax_rate", assertThrows(ProblemException.class, () -> Amounts.rate("x", bad)).errors().get(0).code(), bad);
        }
        assertEquals("EUR", Amounts.currency("c", "EUR"));
        for (String bad : new String[]{"eur", "EURO", "XYZ", ""}) {
            assertThrows(ProblemException.class, () -> Amounts.currency("c", bad), bad);
        }
    }
}
