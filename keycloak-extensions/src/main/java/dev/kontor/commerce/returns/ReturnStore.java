package dev.kontor.commerce.returns;

import dev.kontor.commerce.order.OrderLineEntity;
import dev.kontor.http.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every query on returns: search (customer and admin), lookup, refunded sums, and the rows a
 * {@link ReturnView} page is built from (three queries per page, never one per return).
 */
public final class ReturnStore {

    private final EntityManager em;

    public ReturnStore(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of returns, newest first, under a caller-given condition (an admin's search).
     *
     * @param condition JPQL condition on alias {@code r}
     * @param binder    binds the condition's parameters
     * @param status    only returns in this status; null for all
     */
    public ReturnView.Page search(String condition, Function<Query, Query> binder, ReturnStatus status, int first, int max) {
        String where = " from ReturnEntity r where " + condition + (status == null ? "" : " and r.status = :status");
        TypedQuery<ReturnEntity> rows = em.createQuery("select r" + where + " order by r.createdAt desc, r.id desc", ReturnEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        binder.apply(rows);
        binder.apply(count);
        if (status != null) {
            rows.setParameter("status", status.code());
            count.setParameter("status", status.code());
        }
        List<ReturnEntity> returns = rows.setFirstResult(first).setMaxResults(max).getResultList();
        return new ReturnView.Page(ReturnView.of(this, returns), count.getSingleResult());
    }

    /** The return with this id, or null (ids are at most 36 characters: longer ones are not looked up). */
    public ReturnEntity find(String id) {
        return id == null || id.length() > 36 ? null : em.find(ReturnEntity.class, id);
    }

    List<ReturnLineEntity> linesOf(List<String> returnIds) {
        return em.createQuery("select l from ReturnLineEntity l where l.returnId in :ids order by l.id",
                ReturnLineEntity.class).setParameter("ids", returnIds).getResultList();
    }

    /** The order lines returned lines point to, by id. */
    Map<String, OrderLineEntity> orderLines(List<String> orderLineIds) {
        return orderLineIds.isEmpty() ? Map.of()
                : em.createQuery("select l from OrderLineEntity l where l.id in :ids", OrderLineEntity.class)
                .setParameter("ids", orderLineIds)
                .getResultStream().collect(Collectors.toMap(OrderLineEntity::getId, Function.identity()));
    }

    /** Order number by order id. */
    Map<String, String> orderNumbers(List<String> orderIds) {
        return em.createQuery("select o.id, o.number from OrderEntity o where o.id in :ids", Object[].class)
                .setParameter("ids", orderIds)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** The return with this id in this realm, or 404 {@code return_not_found}. */
    public ReturnEntity inRealm(String realmId, String id) {
        ReturnEntity ret = find(id);
        if (ret == null || !ret.getRealmId().equals(realmId)) {
            throw ProblemException.notFound("return_not_found", "No return with this id in this realm.");
        }
        return ret;
    }

    /** What the order's other returns (all but {@code ret}) have refunded. */
    public BigDecimal refundedBefore(ReturnEntity ret) {
        BigDecimal sum = em.createQuery("select sum(r.refundAmount) from ReturnEntity r where r.orderId = :orderId"
                        + " and r.id <> :id and r.refundAmount is not null", BigDecimal.class)
                .setParameter("orderId", ret.getOrderId()).setParameter("id", ret.getId()).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
