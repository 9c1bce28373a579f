package dev.kontor.commerce.returns;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.money.Money;
import dev.kontor.commerce.order.OrderLineEntity;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A return as the API shows it; {@link #of} builds a page of them with three extra queries in all. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReturnView(String id, String number, String orderId, String orderNumber, String status, String reason,
                         String comment, String createdAt, List<Line> lines, Money refund) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(String orderLineId, String sku, String name, int quantity) {
    }

    public record Page(List<ReturnView> items, long total) {
    }

    public static List<ReturnView> of(EntityManager em, List<ReturnEntity> returns) {
        return of(new ReturnStore(em), returns);
    }

    static List<ReturnView> of(ReturnStore store, List<ReturnEntity> returns) {
        if (returns.isEmpty()) {
            return List.of();
        }
        List<ReturnLineEntity> lines = store.linesOf(returns.stream().map(ReturnEntity::getId).toList());
        Map<String, OrderLineEntity> orderLines = store.orderLines(
                lines.stream().map(ReturnLineEntity::getOrderLineId).distinct().toList());
        Map<String, String> orderNumbers = store.orderNumbers(returns.stream().map(ReturnEntity::getOrderId).distinct().toList());
        Map<String, List<ReturnLineEntity>> linesByReturn = lines.stream().collect(Collectors.groupingBy(ReturnLineEntity::getReturnId));
        return returns.stream().map(r -> new ReturnView(r.getId(), r.getNumber(), r.getOrderId(), orderNumbers.get(r.getOrderId()),
                r.getStatus(), r.getReason(), r.getComment(), Times.instant(r.getCreatedAt()),
                linesByReturn.getOrDefault(r.getId(), List.of()).stream().map(l -> {
                    OrderLineEntity ol = orderLines.get(l.getOrderLineId());
                    return new Line(l.getOrderLineId(), ol == null ? null : ol.getSku(), ol == null ? null : ol.getName(), l.getQuantity());
                }).toList(),
                r.getRefundAmount() == null ? null : Money.of(r.getRefundAmount(), r.getCurrency()))).toList();
    }

    public static ReturnView of(EntityManager em, ReturnEntity ret) {
        return of(em, List.of(ret)).get(0);
    }
}
