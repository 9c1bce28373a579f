package dev.kontor.event;

import org.keycloak.models.KeycloakSession;

import java.math.BigDecimal;
import java.util.Map;

/** What happens to a return: requested → approved | rejected → received → refunded. */
public final class ReturnEvents {

    private ReturnEvents() {
    }

    /** Every return event names its return and order. */
    public sealed interface OfReturn extends KontorEvent permits Requested, Decided, Received, Refunded {

        String returnId();

        String returnNumber();

        String orderId();

        @Override
        default String aggregateId() {
            return returnId();
        }
    }

    /** {@code return.requested}: by the customer in the portal, or recorded by the shop for them. */
    public record Requested(KeycloakSession session, Owner owner, String returnId, String returnNumber, String orderId,
                            String orderNumber, String reason, Actor by) implements OfReturn {

        @Override
        public String type() {
            return "return.requested";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("returnId", returnId).put("returnNumber", returnNumber).put("orderId", orderId)
                    .put("orderNumber", orderNumber).put("reason", reason).put("by", by.code()).map();
        }
    }

    /** {@code return.decided}: {@code decision} is {@code approved} or {@code rejected}, with the shop's note. */
    public record Decided(KeycloakSession session, Owner owner, String returnId, String returnNumber, String orderId,
                          String decision, String note) implements OfReturn {

        @Override
        public String type() {
            return "return.decided";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("returnId", returnId).put("returnNumber", returnNumber).put("orderId", orderId)
                    .put("decision", decision).put("note", note).map();
        }
    }

    /** {@code return.received}: the goods arrived back. */
    public record Received(KeycloakSession session, Owner owner, String returnId, String returnNumber, String orderId,
                           String note) implements OfReturn {

        @Override
        public String type() {
            return "return.received";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("returnId", returnId).put("returnNumber", returnNumber).put("orderId", orderId)
                    .put("note", note).map();
        }
    }

    /** {@code return.refunded}: the refunded amount, in the order's currency. */
    public record Refunded(KeycloakSession session, Owner owner, String returnId, String returnNumber, String orderId,
                           BigDecimal amount, String currency, String note) implements OfReturn {

        @Override
        public String type() {
            return "return.refunded";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("returnId", returnId).put("returnNumber", returnNumber).put("orderId", orderId)
                    .put("amount", amount).put("currency", currency).put("note", note).map();
        }
    }
}
