package dev.kontor.commerce;

import dev.kontor.commerce.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommerceAdminViewTest {

    private static final long NOV_20 = Instant.parse("2026-11-20T23:30:00Z").toEpochMilli();

    @Test
    void orderLineShowsNumberStatusTotalAndUtcDay() {
        assertEquals("K-2026-000123 · shipped · 119.00 EUR · 2026-11-20",
                CommerceAdminView.orderLine("K-2026-000123", "shipped", new Money("119.00", "EUR"), NOV_20));
    }

    @Test
    void returnLineNamesItsOrder() {
        assertEquals("R-7 · requested · order K-1 · 2026-11-20", CommerceAdminView.returnLine("R-7", "requested", "K-1", NOV_20));
    }
}
