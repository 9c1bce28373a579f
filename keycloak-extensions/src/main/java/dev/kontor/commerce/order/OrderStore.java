package dev.kontor.commerce.order;

import dev.kontor.commerce.CustomerScope;
import dev.kontor.http.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.keycloak.models.ModelException;

import java.time.ZoneOffset;
import java.util.List;
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

    /** @param binder binds the condition's parameters */
    public List<OrderEntity> search(String condition, Function<Query, Query> binder, int first, int max) {
        Query rows = binder.apply(em.createQuery("select o from OrderEntity o where " + condition
                + " order by o.placedAt desc, o.id desc", OrderEntity.class));
        @SuppressWarnings("unchecked")
        List<OrderEntity> page = rows.setFirstResult(first).setMaxResults(max).getResultList();
        return page;
    }

    public long count(String condition, Function<Query, Query> binder) {
        return (Long) binder.apply(em.createQuery("select count(o) from OrderEntity o where " + condition, Long.class))
                .getSingleResult();
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
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (filter.from() != null) {
            jpql.append(" and o.placedAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and o.placedAt < :toExclusive");
        }
        if (filter.q() != null) {
            jpql.append(" and (o.number like :prefix escape '!' or exists (select l.id from OrderLineEntity l")
                    .append(" where l.orderId = o.id and (l.sku like :prefix escape '!' or lower(l.name) like :contains escape '!')))");
        }
        if (after != null) {
            jpql.append(" and (o.placedAt < :afterPlacedAt or (o.placedAt = :afterPlacedAt and o.id < :afterId))");
        }
        jpql.append(" order by o.placedAt desc, o.id desc");
        TypedQuery<CustomerOrders.SummaryRow> query = customer.bind(em.createQuery(jpql.toString(), CustomerOrders.SummaryRow.class));
        if (filter.status() != null) {
            query.setParameter("status", filter.status().code());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        if (filter.to() != null) {
            query.setParameter("toExclusive", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
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
}
