package dev.kontor.commerce.invoice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every query on invoices. One page of invoices under a caller-given condition (customer visibility, or an admin's search),
 * newest first, with their order numbers fetched in one more query.
 */
public final class InvoiceStore {

    public record Page(List<InvoiceView> items, long total) {
    }

    private InvoiceStore() {
    }

    /**
     * @param condition JPQL condition on alias {@code i}
     * @param binder    binds the condition's parameters
     */
    public static Page page(EntityManager em, String condition, Function<jakarta.persistence.Query, jakarta.persistence.Query> binder,
                            InvoiceStatus status, LocalDate today, int first, int max) {
        String where = " from InvoiceEntity i where " + condition + statusCondition(status);
        TypedQuery<InvoiceEntity> rows = em.createQuery("select i" + where + " order by i.issuedOn desc, i.id desc", InvoiceEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
        for (jakarta.persistence.Query query : List.<jakarta.persistence.Query>of(rows, count)) {
            binder.apply(query);
            if (status == InvoiceStatus.OPEN || status == InvoiceStatus.OVERDUE) {
                query.setParameter("today", today);
            }
        }
        List<InvoiceEntity> invoices = rows.setFirstResult(first).setMaxResults(max).getResultList();
        Map<String, String> orderNumbers = orderNumbers(em, invoices.stream().map(InvoiceEntity::getOrderId).distinct().toList());
        return new Page(invoices.stream().map(i -> InvoiceView.of(i, orderNumbers.get(i.getOrderId()), today)).toList(),
                count.getSingleResult());
    }

    /** The invoice with this number in the realm, or null. */
    /** Invoices belong to whoever their order belongs to (an ERP may re-assign an order). */
    public static void followOrder(EntityManager em, String orderId, String userId, String customerNumber) {
        em.createQuery("update InvoiceEntity i set i.userId = :userId, i.customerNumber = :customerNumber"
                        + " where i.orderId = :orderId")
                .setParameter("userId", userId).setParameter("customerNumber", customerNumber)
                .setParameter("orderId", orderId).executeUpdate();
    }

    public static InvoiceEntity byNumber(EntityManager em, String realmId, String number) {
        return em.createQuery("select i from InvoiceEntity i where i.realmId = :realmId and i.number = :number", InvoiceEntity.class)
                .setParameter("realmId", realmId).setParameter("number", number)
                .getResultStream().findFirst().orElse(null);
    }

    private static String statusCondition(InvoiceStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PAID -> " and i.paidAt is not null";
            case OPEN -> " and i.paidAt is null and i.dueOn >= :today";
            case OVERDUE -> " and i.paidAt is null and i.dueOn < :today";
        };
    }

    static Map<String, String> orderNumbers(EntityManager em, List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o.id, o.number from OrderEntity o where o.id in :ids", Object[].class)
                .setParameter("ids", orderIds).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
