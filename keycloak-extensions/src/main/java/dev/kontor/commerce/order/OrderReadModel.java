package dev.kontor.commerce.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kontor.commerce.invoice.InvoiceView;
import dev.kontor.commerce.money.CostBreakdown;
import dev.kontor.commerce.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an order's detail shows of its lines, status history, shipments, invoices and returns, kept
 * as JSON on the order row ({@code KONTOR_ORDER.DETAIL}) so that {@code GET /orders/{id}} reads one
 * row instead of six queries. It is derived data: {@link OrderDetails#refresh} rebuilds it from those
 * tables in the transaction of every change to them, and {@link OrderReadModelFill} fills it for
 * orders written before it existed. What depends on the clock or on the realm's settings (invoice
 * status, cancellable, returnable until) is not in it; the detail works that out when it is read.
 *
 * @param version {@link #VERSION} when written; a row of another version is rebuilt from the tables
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderReadModel(int version, List<OrderViews.Line> lines, OrderViews.Costs costs,
                             List<OrderViews.StatusChange> statusHistory, List<OrderViews.Shipment> shipments,
                             List<Invoice> invoices) {

    /** Raise when the stored shape changes: older rows are then read from the tables until rewritten. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader READER = JSON.readerFor(OrderReadModel.class);
    private static final ObjectWriter WRITER = JSON.writerFor(OrderReadModel.class);

    /** An order line as stored. */
    public record LineRow(String id, String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal,
                          BigDecimal taxRate) {
    }

    /** An invoice of the order as stored: its status depends on the day it is read. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Invoice(String id, String number, String amount, String currency, String issuedOn, String dueOn,
                          Long paidAt, String documentUrl) {

        public static Invoice of(String id, String number, BigDecimal amount, String currency, LocalDate issuedOn,
                                 LocalDate dueOn, Long paidAt, String documentUrl) {
            return new Invoice(id, number, amount.toPlainString(), currency, issuedOn.toString(), dueOn.toString(), paidAt,
                    documentUrl);
        }

        InvoiceView view(String orderId, String orderNumber, LocalDate today) {
            return InvoiceView.of(id, number, orderId, orderNumber, new BigDecimal(amount), currency, LocalDate.parse(issuedOn),
                    LocalDate.parse(dueOn), paidAt, documentUrl, today);
        }
    }

    /** The order row's money columns the costs need. */
    public record Totals(String currency, BigDecimal shipping, BigDecimal discount, BigDecimal total) {

        static Totals of(OrderEntity order) {
            return new Totals(order.getCurrency(), order.getShipping(), order.getDiscount(), order.getTotal());
        }
    }

    /**
     * The read model from the rows it is made of, in their display order.
     *
     * @param returned pieces per order line in returns that are not rejected
     */
    public static OrderReadModel of(Totals order, List<LineRow> lines, Map<String, Long> returned,
                                    List<OrderViews.StatusChange> history, List<OrderViews.Shipment> shipments,
                                    List<Invoice> invoices) {
        String currency = order.currency();
        List<OrderViews.Line> lineViews = lines.stream().map(l -> new OrderViews.Line(l.id(), l.sku(), l.name(),
                l.quantity(), Money.of(l.unitPrice(), currency), Money.of(l.lineTotal(), currency),
                l.taxRate().setScale(2).toPlainString(),
                (int) Math.max(0, l.quantity() - returned.getOrDefault(l.id(), 0L)))).toList();
        CostBreakdown costs = CostBreakdown.of(currency, lines.stream()
                .map(l -> new CostBreakdown.Line(l.quantity(), l.unitPrice(), l.taxRate())).toList(), order.shipping(), order.discount());
        List<OrderViews.Tax> taxes = costs.taxes().entrySet().stream()
                .map(t -> new OrderViews.Tax(t.getKey().toPlainString(), Money.of(t.getValue(), currency))).toList();
        return new OrderReadModel(VERSION, lineViews, new OrderViews.Costs(Money.of(costs.net(), currency), taxes,
                Money.of(costs.shipping(), currency), Money.of(costs.discount(), currency), Money.of(order.total(), currency)),
                history, shipments, invoices);
    }

    public String json() {
        try {
            return WRITER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order read model not writable", e);
        }
    }

    /** The stored read model, or null when there is none yet or it is of another {@link #VERSION}. */
    public static OrderReadModel parse(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            OrderReadModel model = READER.readValue(json);
            return model.version() == VERSION ? model : null;
        } catch (JsonProcessingException e) {
            return null; // written by a version whose shape this one cannot read: rebuilt from the tables
        }
    }
}
