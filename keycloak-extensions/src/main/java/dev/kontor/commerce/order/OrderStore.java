package dev.kontor.commerce.order;

import dev.kontor.http.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.keycloak.models.ModelException;

import java.util.List;
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
}
