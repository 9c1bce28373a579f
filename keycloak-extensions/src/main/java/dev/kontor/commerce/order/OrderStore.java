package dev.kontor.commerce.order;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.commerce.Times;
import dev.kontor.http.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.keycloak.models.ModelException;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/**
 * The admin API's order queries: a page of whole orders, newest first, under a caller-given
 * condition on alias {@code o} (the customer's own list is {@link CustomerOrders#list}), and the
 * order with an external number, locked.
 */
public final class OrderStore {

    private final EntityManager em;

    public OrderStore(EntityManager em) {
        this.em = em;
    }

    /**
     * The back end's search: {@code condition} (bound by {@code binder}) is the caller's scope, the
     * filter's status and days and an exact order number narrow it; newest first.
     */
    public List<OrderEntity> search(String condition, Function<Query, Query> binder, CustomerOrders.Filter filter, String number,
                                    int first, int max) {
        Query rows = bindFilter(binder.apply(em.createQuery("select o from OrderEntity o where " + condition
                + filterCondition(filter, number) + " order by o.placedAt desc, o.id desc", OrderEntity.class)), filter, number);
        @SuppressWarnings("unchecked")
        List<OrderEntity> page = rows.setFirstResult(first).setMaxResults(max).getResultList();
        return page;
    }

    public long count(String condition, Function<Query, Query> binder, CustomerOrders.Filter filter, String number) {
        return (Long) bindFilter(binder.apply(em.createQuery("select count(o) from OrderEntity o where " + condition
                + filterCondition(filter, number), Long.class)), filter, number).getSingleResult();
    }

    /** The filter's status and placing days (and an exact number, for the back end), shared by both searches. */
    private static String filterCondition(CustomerOrders.Filter filter, String number) {
        StringBuilder jpql = new StringBuilder();
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (filter.from() != null) {
            jpql.append(" and o.placedAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and o.placedAt < :toExclusive");
        }
        if (number != null) {
            jpql.append(" and o.number = :number");
        }
        return jpql.toString();
    }

    private static Query bindFilter(Query query, CustomerOrders.Filter filter, String number) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status().code());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        if (filter.to() != null) {
            query.setParameter("toExclusive", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        if (number != null) {
            query.setParameter("number", number);
        }
        return query;
    }

    /** The order with this external number, locked for the rest of the transaction, or null. */
    public OrderEntity findLocked(String realmId, String number) {
        try {
            return em.createQuery("select o from OrderEntity o where o.realmId = :realmId and o.number = :number", OrderEntity.class)
                    .setParameter("realmId", realmId).setParameter("number", number)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
        } catch (PersistenceException | ModelException e) {
            // a lock wait that timed out (Keycloak's entity manager wraps it): the holder wins, the caller retries
            throw ProblemException.conflict("order_busy", "The order is being changed right now. Try again.");
        }
    }

    /**
     * A page of the customer's order summaries under the list's filter, newest first, after the
     * cursor; {@code limit} rows at most (the caller asks for one more to know whether a next page exists).
     */
    List<CustomerOrders.SummaryRow> summaries(CustomerScope customer, CustomerOrders.Filter filter, OrderCursor after, int limit) {
        // A projection, not entities: the list needs seven columns, not the address snapshots, and
        // nothing read here is changed, so nothing needs to be managed or dirty-checked at commit.
        StringBuilder jpql = new StringBuilder("select new ").append(CustomerOrders.SummaryRow.class.getName())
                .append("(o.id, o.number, o.status, o.placedAt, o.total, o.currency, o.itemCount) from OrderEntity o where ")
                .append(customer.visibleCondition("o"));
        jpql.append(filterCondition(filter, null));
        if (filter.q() != null) {
            jpql.append(" and (o.number like :prefix escape '!' or exists (select l.id from OrderLineEntity l")
                    .append(" where l.orderId = o.id and (l.sku like :prefix escape '!' or lower(l.name) like :contains escape '!')))");
        }
        if (after != null) {
            jpql.append(" and (o.placedAt < :afterPlacedAt or (o.placedAt = :afterPlacedAt and o.id < :afterId))");
        }
        jpql.append(" order by o.placedAt desc, o.id desc");
        TypedQuery<CustomerOrders.SummaryRow> query = customer.bind(em.createQuery(jpql.toString(), CustomerOrders.SummaryRow.class));
        bindFilter(query, filter, null);
        if (filter.q() != null) {
            String escaped = CustomerOrders.likeEscape(filter.q());
            query.setParameter("prefix", escaped + "%");
            query.setParameter("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
        }
        if (after != null) {
            query.setParameter("afterPlacedAt", after.placedAt()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The order's parcel with this tracking number, or null. */
    ShipmentEntity shipment(String orderId, String trackingNumber) {
        return em.createQuery("select s from ShipmentEntity s where s.orderId = :orderId"
                        + " and s.trackingNumber = :tracking", ShipmentEntity.class)
                .setParameter("orderId", orderId).setParameter("tracking", trackingNumber)
                .getResultStream().findFirst().orElse(null);
    }

    /** The order's lines as the read model keeps them (read only: nothing to dirty-check at commit). */
    List<OrderReadModel.LineRow> lineRows(String orderId) {
        return em.createQuery("select l from OrderLineEntity l where l.orderId = :orderId"
                        + " order by l.position", OrderLineEntity.class)
                .setParameter("orderId", orderId).setHint(OrderDetails.READ_ONLY, true).getResultStream()
                .map(l -> new OrderReadModel.LineRow(l.getId(), l.getSku(), l.getName(), l.getQuantity(), l.getUnitPrice(),
                        l.getLineTotal(), l.getTaxRate())).toList();
    }

    // History, shipments and invoices are read as columns, not entities: nothing for Hibernate to
    // track or dirty-check at commit.

    List<OrderViews.StatusChange> history(String orderId) {
        return em.createQuery("select s.status, s.at, s.note from OrderStatusEntity s"
                        + " where s.orderId = :orderId order by s.at, s.id", Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> new OrderViews.StatusChange((String) r[0], Times.instant((Long) r[1]), (String) r[2])).toList();
    }

    List<OrderViews.Shipment> shipments(String orderId) {
        return em.createQuery("select s.carrier, s.trackingNumber, s.trackingUrl, s.shippedAt"
                        + " from ShipmentEntity s where s.orderId = :orderId order by s.shippedAt, s.id", Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> new OrderViews.Shipment((String) r[0], (String) r[1], (String) r[2], Times.instant((Long) r[3]))).toList();
    }

    List<OrderReadModel.Invoice> invoices(String orderId) {
        return em.createQuery("select i.id, i.number, i.amount, i.currency, i.issuedOn, i.dueOn,"
                        + " i.paidAt, i.documentUrl from InvoiceEntity i where i.orderId = :orderId order by i.issuedOn, i.id",
                        Object[].class)
                .setParameter("orderId", orderId).getResultStream()
                .map(r -> OrderReadModel.Invoice.of((String) r[0], (String) r[1], (java.math.BigDecimal) r[2], (String) r[3],
                        (java.time.LocalDate) r[4], (java.time.LocalDate) r[5], (Long) r[6], (String) r[7])).toList();
    }

    public List<OrderLineEntity> lines(String orderId) {
        return em.createQuery("select l from OrderLineEntity l where l.orderId = :orderId order by l.position", OrderLineEntity.class)
                .setParameter("orderId", orderId).getResultList();
    }

    /** Pieces per order line in returns that are not rejected. */
    Map<String, Long> returnedQuantities(String orderId) {
        Map<String, Long> returned = new HashMap<>();
        em.createQuery("select rl.orderLineId, sum(rl.quantity) from ReturnLineEntity rl, ReturnEntity r"
                        + " where rl.returnId = r.id and r.orderId = :orderId and r.status <> 'rejected'"
                        + " group by rl.orderLineId", Object[].class)
                .setParameter("orderId", orderId)
                .getResultStream()
                .forEach(row -> returned.put((String) row[0], ((Number) row[1]).longValue()));
        return returned;
    }
}
