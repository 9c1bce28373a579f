package dev.kontor.commerce.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kontor.commerce.invoice.InvoiceView;
import dev.kontor.commerce.money.Money;

import java.util.List;
import java.util.Map;

/** The JSON shapes of orders (docs/commerce-api.md). */
public final class OrderViews {

    private OrderViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Summary(String id, String number, String status, String placedAt, Money total, int itemCount) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<Summary> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(String id, String sku, String name, int quantity, Money unitPrice, Money lineTotal,
                       String taxRate, int returnableQuantity) {
    }

    public record Tax(String rate, Money amount) {
    }

    public record Costs(Money net, List<Tax> taxes, Money shipping, Money discount, Money total) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StatusChange(String status, String at, String note) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Shipment(String carrier, String trackingNumber, String trackingUrl, String shippedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Detail(String id, String number, String status, String placedAt, String currency,
                         Map<String, Object> billingAddress, Map<String, Object> shippingAddress, List<Line> lines,
                         Costs costs, List<StatusChange> statusHistory, List<Shipment> shipments, boolean cancellable,
                         String returnableUntil, List<InvoiceView> invoices) {
    }

    /** What the back end sees: the detail plus who the order belongs to. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdminDetail(String userId, String customerNumber, @JsonUnwrapped Detail order) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdminSummary(String id, String number, String status, String placedAt, Money total, int itemCount,
                               String userId, String customerNumber) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdminPage(List<AdminSummary> items, long total) {
    }
}
