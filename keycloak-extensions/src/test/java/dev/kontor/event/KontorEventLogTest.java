package dev.kontor.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KontorEventLogTest {

    private static final Owner OWNER = new Owner("realm-1", "user-1", "1000000001");

    @Test
    void entryNamesTheEventAndCarriesItsValuesAsSnakeCaseDetails() {
        KontorEventLog.Entry entry = KontorEventLog.entry(new OrderEvents.Cancelled(null, OWNER, "order-1", "A-1", "placed",
                Actor.CUSTOMER, null)).orElseThrow();
        assertEquals("user-1", entry.userId());
        assertEquals(Map.of("kontor_event", "order.cancelled", "customer_number", "1000000001", "order_id", "order-1",
                "order_number", "A-1", "from", "placed", "by", "customer"), entry.details(), "no note detail when there is no note");
        assertEquals(List.of("kontor_event", "customer_number", "order_id", "order_number", "from", "by"),
                List.copyOf(entry.details().keySet()), "the type first, then the values in the event's order");
    }

    @Test
    void amountsAndDatesAreWrittenAsPlainText() {
        Map<String, String> refund = KontorEventLog.entry(new ReturnEvents.Refunded(null, OWNER, "ret-1", "R-ABC", "order-1",
                new BigDecimal("1E+1"), "EUR", "ok")).orElseThrow().details();
        assertEquals("10", refund.get("amount"));
        assertEquals("EUR", refund.get("currency"));
        Map<String, String> invoice = KontorEventLog.entry(new OrderEvents.InvoiceIssued(null, OWNER, "order-1", "A-1", "inv-1",
                "INV-1", new BigDecimal("49.90"), "EUR", LocalDate.of(2026, 3, 1))).orElseThrow().details();
        assertEquals("49.90", invoice.get("amount"));
        assertEquals("2026-03-01", invoice.get("due_on"));
    }

    @Test
    void aLinkAtSignInKeepsItsActionDetailAndOneAtRegistrationIsLeftToTheRegisterEvent() {
        Map<String, String> signIn = KontorEventLog.entry(new CustomerLinked(null, OWNER, CustomerLinked.Via.SIGN_IN))
                .orElseThrow().details();
        assertEquals("customer_number_linked", signIn.get("kontor_action"));
        assertEquals("1000000001", signIn.get("customer_number"));
        assertEquals("sign_in", signIn.get("via"));
        assertEquals(Optional.empty(), KontorEventLog.entry(new CustomerLinked(null, OWNER, CustomerLinked.Via.REGISTRATION)));
    }

    @Test
    void typesAndAggregatesAreStable() {
        assertEquals("address.created", new AddressEvents.AddressChanged(null, OWNER, AddressEvents.Change.CREATED, "a-1", 0).type());
        assertEquals("address.deleted", new AddressEvents.AddressChanged(null, OWNER, AddressEvents.Change.DELETED, "a-1", 3).type());
        ReturnEvents.OfReturn decided = new ReturnEvents.Decided(null, OWNER, "ret-1", "R-1", "order-1", "rejected", "worn");
        assertEquals("return.decided", decided.type());
        assertEquals("ret-1", decided.aggregateId(), "a return's events are ordered per return");
        OrderEvents.Changed shipped = new OrderEvents.ShipmentAdded(null, OWNER, "order-1", "A-1", "s-1", "DHL", "0034", null);
        assertEquals("order-1", shipped.aggregateId());
        assertFalse(shipped.data().containsKey("trackingUrl"), "no nulls in the data");
        assertEquals("user-1", new CustomerLinked(null, OWNER, CustomerLinked.Via.SIGN_IN).aggregateId());
        assertTrue(new CartCreated(null, OWNER, "cart-1", "order-1", "A-1", 2).data().containsKey("lineCount"));
    }

    @Test
    void snakeCase() {
        assertEquals("order_number", KontorEventLog.snakeCase("orderNumber"));
        assertEquals("customer_number", KontorEventLog.snakeCase("customerNumber"));
        assertEquals("by", KontorEventLog.snakeCase("by"));
    }
}
