package dev.kontor.event;

import org.keycloak.models.KeycloakSession;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What happens to an order. Statuses are the API's codes ({@code placed}, {@code shipped}, …). All
 * but {@link Imported} and {@link Cancelled} are "the order changed" ({@link Changed}).
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** The order changed after its import: status, parcels, invoices or its imported content. */
    public sealed interface Changed extends KontorEvent permits Updated, StatusChanged, ShipmentAdded, InvoiceIssued, InvoicePaid {

        String orderId();

        String orderNumber();

        @Override
        default String aggregateId() {
            return orderId();
        }
    }

    /** {@code order.imported}: the back end imported an order number for the first time. */
    public record Imported(KeycloakSession session, Owner owner, String orderId, String orderNumber, String status,
                           BigDecimal total, String currency) implements KontorEvent {

        @Override
        public String type() {
            return "order.imported";
        }

        @Override
        public String aggregateId() {
            return orderId;
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("status", status)
                    .put("total", total).put("currency", currency).map();
        }
    }

    /**
     * {@code order.updated}: a repeated import changed what the order holds (lines, amounts,
     * addresses, owner, dates); an import that repeats the order as it is publishes nothing.
     */
    public record Updated(KeycloakSession session, Owner owner, String orderId, String orderNumber) implements Changed {

        @Override
        public String type() {
            return "order.updated";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).map();
        }
    }

    /** {@code order.status_changed}: a valid move other than cancelling (that is {@link Cancelled}). */
    public record StatusChanged(KeycloakSession session, Owner owner, String orderId, String orderNumber, String from,
                                String to, String note) implements Changed {

        @Override
        public String type() {
            return "order.status_changed";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("from", from).put("to", to)
                    .put("note", note).map();
        }
    }

    /** {@code order.shipment_added}: a parcel with a new tracking number (reporting one again updates it silently). */
    public record ShipmentAdded(KeycloakSession session, Owner owner, String orderId, String orderNumber, String shipmentId,
                                String carrier, String trackingNumber, String trackingUrl) implements Changed {

        @Override
        public String type() {
            return "order.shipment_added";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("shipmentId", shipmentId)
                    .put("carrier", carrier).put("trackingNumber", trackingNumber).put("trackingUrl", trackingUrl).map();
        }
    }

    /** {@code order.invoice_issued}: an invoice number recorded for the first time. */
    public record InvoiceIssued(KeycloakSession session, Owner owner, String orderId, String orderNumber, String invoiceId,
                                String invoiceNumber, BigDecimal amount, String currency, LocalDate dueOn) implements Changed {

        @Override
        public String type() {
            return "order.invoice_issued";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("invoiceId", invoiceId)
                    .put("invoiceNumber", invoiceNumber).put("amount", amount).put("currency", currency).put("dueOn", dueOn).map();
        }
    }

    /** {@code order.invoice_paid}: the payment of an invoice that was open (a corrected date of a paid one is no payment). */
    public record InvoicePaid(KeycloakSession session, Owner owner, String orderId, String orderNumber, String invoiceId,
                              String invoiceNumber) implements Changed {

        @Override
        public String type() {
            return "order.invoice_paid";
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("invoiceId", invoiceId)
                    .put("invoiceNumber", invoiceNumber).map();
        }
    }

    /** {@code order.cancelled}: by the customer in the portal, or by the shop (status move or import). */
    public record Cancelled(KeycloakSession session, Owner owner, String orderId, String orderNumber, String from, Actor by,
                            String note) implements KontorEvent {

        @Override
        public String type() {
            return "order.cancelled";
        }

        @Override
        public String aggregateId() {
            return orderId;
        }

        @Override
        public Map<String, String> data() {
            return EventData.of(owner).put("orderId", orderId).put("orderNumber", orderNumber).put("from", from)
                    .put("by", by.code()).put("note", note).map();
        }
    }
}
