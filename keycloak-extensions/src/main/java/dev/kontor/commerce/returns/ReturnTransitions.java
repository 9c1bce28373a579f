package dev.kontor.commerce.returns;

import dev.kontor.http.FieldError;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.order.CustomerOrders;
import dev.kontor.commerce.order.OrderDetails;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.ReturnEvents;
import jakarta.persistence.EntityManager;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Moves a return along requested → approved | rejected → received → refunded for the admin API.
 * Every move holds the order's row lock and re-reads the return under it, so parallel calls on the
 * returns of one order run one after the other: one refund wins (one admin event), a second one is
 * 409 {@code already_refunded}, and the refunds of all returns of an order never add up to more than
 * the order's total, what the customer paid (422 {@code refund_exceeds_paid}).
 */
public final class ReturnTransitions {

    private final KeycloakSession session;
    private final EntityManager em;
    private final ReturnStore store;
    private final AdminEventBuilder adminEvent;

    /** @param adminEvent already set to the resource type the caller reports under */
    public ReturnTransitions(KeycloakSession session, EntityManager em, AdminEventBuilder adminEvent) {
        this.session = session;
        this.em = em;
        this.store = new ReturnStore(em);
        this.adminEvent = adminEvent;
    }

    /**
     * The return, read again under its order's row lock: what a parallel call committed while this
     * one waited (a refund, a decision) is what the move is checked against.
     */
    public ReturnEntity findLocked(String realmId, String id) {
        ReturnEntity ret = store.inRealm(realmId, id);
        OrderEntity order = em.find(OrderEntity.class, ret.getOrderId());
        if (order != null) {
            CustomerOrders.OrderLock.lock(em, order);
        }
        em.refresh(ret);
        return ret;
    }

    /**
     * The decision on a locked return: {@code decision} must be approved or rejected (422
     * {@code invalid_decision}), and a valid move ({@link #move}).
     */
    public ReturnEntity decide(ReturnEntity ret, String decision, String note) {
        ReturnStatus target = ReturnStatus.parse(decision)
                .filter(s -> s == ReturnStatus.APPROVED || s == ReturnStatus.REJECTED)
                .orElseThrow(() -> ProblemException.invalidField("decision", "invalid_decision", "Use approved or rejected."));
        return move(ret, target, note, null);
    }

    /** The refund of a locked return, checked ({@link #checkRefund}) and moved ({@link #move}). */
    public ReturnEntity refund(ReturnEntity ret, BigDecimal amount, String note) {
        checkRefund(ret, amount);
        return move(ret, ReturnStatus.REFUNDED, note, amount);
    }

    /**
     * Refuses a refund of a locked return that was refunded already (409), or one that would take
     * the refunds of the order's returns above its total (422).
     */
    private void checkRefund(ReturnEntity ret, BigDecimal amount) {
        if (ReturnStatus.of(ret.getStatus()) == ReturnStatus.REFUNDED) {
            throw ProblemException.conflict("already_refunded", "This return has been refunded already.");
        }
        OrderEntity order = em.find(OrderEntity.class, ret.getOrderId());
        BigDecimal left = order.getTotal().subtract(store.refundedBefore(ret));
        if (amount.compareTo(left) > 0) {
            throw new ProblemException(ProblemException.UNPROCESSABLE, "refund_exceeds_paid",
                    "The refunds of this order's returns cannot exceed what was paid (" + order.getTotal().toPlainString()
                            + "); " + left.max(BigDecimal.ZERO).toPlainString() + " is left to refund.",
                    List.of(new FieldError("amount", "refund_exceeds_paid", "At most " + left.max(BigDecimal.ZERO).toPlainString() + ".")));
        }
    }

    /**
     * Moves a locked return to {@code target}, or 409 {@code invalid_transition}. Moving to the
     * status it has already changes nothing and writes no event (a repeated call is harmless).
     * A move is one admin event (the API call) and one Kontor event: {@code return.decided},
     * {@code return.received} or {@code return.refunded}.
     *
     * @param refund the refunded amount when {@code target} is refunded, else null
     */
    public ReturnEntity move(ReturnEntity ret, ReturnStatus target, String note, BigDecimal refund) {
        ReturnStatus current = ReturnStatus.of(ret.getStatus());
        if (current != target) {
            if (!current.canMoveTo(target)) {
                throw ProblemException.conflict("invalid_transition",
                        "A return that is " + current.code() + " cannot become " + target.code() + ".");
            }
            ret.setStatus(target.code());
            ret.setUpdatedAt(System.currentTimeMillis());
            if (note != null) {
                ret.setNote(note);
            }
            if (refund != null) {
                ret.setRefundAmount(refund);
            }
            adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                    .representation(Map.of("return", ret.getNumber(), "status", target.code())).success();
            OrderEntity order = em.find(OrderEntity.class, ret.getOrderId());
            if (order != null) {
                OrderDetails.refresh(session, em, order); // a rejected return gives its pieces back to the returnable quantity
            }
            KontorEvent.publish(event(ret, target, note, refund));
        }
        em.flush();
        return ret;
    }

    private ReturnEvents.OfReturn event(ReturnEntity ret, ReturnStatus target, String note, BigDecimal refund) {
        return switch (target) {
            case APPROVED, REJECTED -> new ReturnEvents.Decided(session, ret.owner(), ret.getId(), ret.getNumber(), ret.getOrderId(),
                    target.code(), note);
            case RECEIVED -> new ReturnEvents.Received(session, ret.owner(), ret.getId(), ret.getNumber(), ret.getOrderId(), note);
            case REFUNDED -> new ReturnEvents.Refunded(session, ret.owner(), ret.getId(), ret.getNumber(), ret.getOrderId(),
                    refund, ret.getCurrency(), note);
            case REQUESTED -> throw new IllegalStateException("no move leads back to requested");
        };
    }
}
