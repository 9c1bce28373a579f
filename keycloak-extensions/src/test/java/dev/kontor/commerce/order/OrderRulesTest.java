package dev.kontor.commerce.order;

import dev.kontor.http.ProblemException;
import dev.kontor.commerce.returns.ReturnStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderRulesTest {

    @Test
    void orderStatusesOnlyMoveForward() {
        assertTrue(OrderStatus.PLACED.canMoveTo(OrderStatus.PROCESSING));
        assertTrue(OrderStatus.PROCESSING.canMoveTo(OrderStatus.SHIPPED));
        assertTrue(OrderStatus.SHIPPED.canMoveTo(OrderStatus.DELIVERED));
        assertTrue(OrderStatus.PLACED.canMoveTo(OrderStatus.CANCELLED));
        assertFalse(OrderStatus.SHIPPED.canMoveTo(OrderStatus.CANCELLED), "shipped goods come back as a return");
        assertFalse(OrderStatus.SHIPPED.canMoveTo(OrderStatus.PLACED));
        assertFalse(OrderStatus.PLACED.canMoveTo(OrderStatus.PLACED), "no self-move: repeating is handled as a no-op");
        for (OrderStatus status : OrderStatus.values()) {
            assertFalse(OrderStatus.DELIVERED.canMoveTo(status));
            assertFalse(OrderStatus.CANCELLED.canMoveTo(status));
        }
    }

    @Test
    void returnStatusesFollowTheProcess() {
        assertEquals(EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.REJECTED), ReturnStatus.REQUESTED.next());
        assertEquals(Set.of(ReturnStatus.RECEIVED), ReturnStatus.APPROVED.next());
        assertEquals(Set.of(ReturnStatus.REFUNDED), ReturnStatus.RECEIVED.next());
        assertFalse(ReturnStatus.REQUESTED.canMoveTo(ReturnStatus.REFUNDED), "no refund before approval and receipt");
        assertTrue(ReturnStatus.REJECTED.next().isEmpty());
        assertTrue(ReturnStatus.REFUNDED.next().isEmpty());
    }

    @Test
    void settingsParseWithDefaults() {
        CommerceSettings defaults = CommerceSettings.parse(null, null, null);
        assertEquals(EnumSet.of(OrderStatus.PLACED, OrderStatus.PROCESSING), defaults.cancellableStatuses());
        assertEquals(30, defaults.returnWindowDays());
        assertNull(defaults.cartUrl("c1"));

        CommerceSettings custom = CommerceSettings.parse("placed, shipped ,nonsense", "14", "https://shop/cart/{cartId}?src=portal");
        assertEquals(EnumSet.of(OrderStatus.PLACED), custom.cancellableStatuses(), "shipped cannot be cancelled whatever the setting");
        assertEquals(14, custom.returnWindowDays());
        assertEquals("https://shop/cart/c1?src=portal", custom.cartUrl("c1"));
        assertEquals(30, CommerceSettings.parse(null, "two weeks", null).returnWindowDays(), "a typo falls back to the default");
    }

    @Test
    void cursorsRoundTripAndRejectForgeries() {
        OrderCursor cursor = new OrderCursor(1_767_225_600_000L, "6f1c2a4e-0000-4000-8000-000000000001");
        String encoded = cursor.encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), "URL-safe: " + encoded);
        assertEquals(cursor, OrderCursor.decode(encoded));
        assertNull(OrderCursor.decode(""));
        assertNull(OrderCursor.decode(null));
        for (String bad : new String[]{"nope", "bm9wZQ", "%%%", java.util.Base64.getUrlEncoder().encodeToString("o1:x:y".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("o1:1:a' or 1=1".getBytes())}) {
            ProblemException e = assertThrows(ProblemException.class, () -> OrderCursor.decode(bad), bad);
            assertEquals("invalid_parameter", e.code());
            assertEquals(400, e.status());
        }
    }

    @Test
    void likePatternsAreEscaped() {
        assertEquals("100!%", CustomerOrders.likeEscape("100%"));
        assertEquals("a!_b!!", CustomerOrders.likeEscape("a_b!"));
    }
}
