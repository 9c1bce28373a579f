package dev.kontor.commerce.admin;

import dev.kontor.commerce.CommerceAdminView;
import dev.kontor.commerce.CommerceException;
import dev.kontor.commerce.JsonBody;
import dev.kontor.commerce.money.Amounts;
import dev.kontor.commerce.order.CustomerOrders;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.returns.ReturnEntity;
import dev.kontor.commerce.returns.ReturnStatus;
import dev.kontor.commerce.returns.ReturnView;
import dev.kontor.portal.FieldError;
import dev.kontor.portal.PageRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/portal/returns}: search per customer, and move a return along
 * requested → approved | rejected → received → refunded. A wrong move is 409 {@code invalid_transition}.
 * Every move holds the order's row lock and re-reads the return under it, so parallel calls on the
 * returns of one order run one after the other: one refund wins (one admin event), a second one is
 * 409 {@code already_refunded}, and the refunds of all returns of an order never add up to more than
 * the order's total, what the customer paid (422 {@code refund_exceeds_paid}).
 */
public class AdminReturnsResource extends AdminCommerceResource {

    private final AdminEventBuilder adminEvent;

    public AdminReturnsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        super(session, realm, auth);
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("customerNumber") String customerNumber, @QueryParam("userId") String userId,
                         @QueryParam("email") String email, @QueryParam("status") String status,
                         @QueryParam("first") String first, @QueryParam("max") String max) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            PageRequest page = PageRequest.of(first, max);
            AdminScope scope = AdminScope.of(session, realm, customerNumber, userId, email);
            ReturnStatus wanted = status == null || status.isBlank() ? null : ReturnStatus.parse(status.trim())
                    .orElseThrow(() -> CommerceException.badParameter("'status' must be requested, approved, rejected, received or refunded."));
            String where = " from ReturnEntity r where " + scope.condition("r") + (wanted == null ? "" : " and r.status = :status");
            var rows = em().createQuery("select r" + where + " order by r.createdAt desc, r.id desc", ReturnEntity.class);
            var count = em().createQuery("select count(r)" + where, Long.class);
            scope.bind(rows);
            scope.bind(count);
            if (wanted != null) {
                rows.setParameter("status", wanted.code());
                count.setParameter("status", wanted.code());
            }
            List<ReturnEntity> returns = rows.setFirstResult(page.first()).setMaxResults(page.max()).getResultList();
            return Response.ok(new ReturnView.Page(ReturnView.of(em(), returns), count.getSingleResult()),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            return Response.ok(ReturnView.of(em(), find(id)), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /** {@code {"decision": "approved" | "rejected", "note": "…"}}. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            ReturnEntity ret = findLocked(id);
            AdminInputs.DecisionInput input = JsonBody.parse(bytes, AdminInputs.DecisionInput.class);
            ReturnStatus decision = ReturnStatus.parse(input.decision())
                    .filter(s -> s == ReturnStatus.APPROVED || s == ReturnStatus.REJECTED)
                    .orElseThrow(() -> CommerceException.invalidField("decision", "invalid_decision", "Use approved or rejected."));
            return move(ret, decision, AdminInputs.note("note", input.note()), null);
        });
    }

    /** The goods arrived back. */
    @POST
    @Path("{id}/receipt")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("id") String id, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            ReturnEntity ret = findLocked(id);
            AdminInputs.NoteInput input = bytes.length == 0 ? new AdminInputs.NoteInput(null) : JsonBody.parse(bytes, AdminInputs.NoteInput.class);
            return move(ret, ReturnStatus.RECEIVED, AdminInputs.note("note", input.note()), null);
        });
    }

    /** {@code {"amount": "49.90", "note": "…"}}: the refund, at most what the order's total leaves after its other refunds. */
    @POST
    @Path("{id}/refund")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("id") String id, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            ReturnEntity ret = findLocked(id);
            AdminInputs.RefundInput input = JsonBody.parse(bytes, AdminInputs.RefundInput.class);
            BigDecimal amount = Amounts.amount("amount", AdminInputs.required("amount", input.amount(), 32));
            if (ReturnStatus.of(ret.getStatus()) == ReturnStatus.REFUNDED) {
                throw CommerceException.conflict("already_refunded", "This return has been refunded already.");
            }
            OrderEntity order = em().find(OrderEntity.class, ret.getOrderId());
            BigDecimal left = order.getTotal().subtract(refundedBefore(ret));
            if (amount.compareTo(left) > 0) {
                throw new CommerceException(CommerceException.UNPROCESSABLE, "refund_exceeds_paid",
                        "The refunds of this order's returns cannot exceed what was paid (" + order.getTotal().toPlainString()
                                + "); " + left.max(BigDecimal.ZERO).toPlainString() + " is left to refund.",
                        List.of(new FieldError("amount", "refund_exceeds_paid", "At most " + left.max(BigDecimal.ZERO).toPlainString() + ".")));
            }
            return move(ret, ReturnStatus.REFUNDED, AdminInputs.note("note", input.note()), amount);
        });
    }

    private Response.ResponseBuilder move(ReturnEntity ret, ReturnStatus target, String note, BigDecimal refund) {
        ReturnStatus current = ReturnStatus.of(ret.getStatus());
        if (current != target) {
            if (!current.canMoveTo(target)) {
                throw CommerceException.conflict("invalid_transition",
                        "A return that is " + current.code() + " cannot become " + target.code() + ".");
            }
            ret.setStatus(target.code());
            CommerceAdminView.touch(ret.getRealmId(), ret.getUserId());
            ret.setUpdatedAt(System.currentTimeMillis());
            if (note != null) {
                ret.setNote(note);
            }
            if (refund != null) {
                ret.setRefundAmount(refund);
            }
            adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                    .representation(Map.of("return", ret.getNumber(), "status", target.code())).success();
        }
        em().flush();
        return Response.ok(ReturnView.of(em(), ret), MediaType.APPLICATION_JSON_TYPE);
    }

    /** What the order's other returns have refunded. */
    private BigDecimal refundedBefore(ReturnEntity ret) {
        BigDecimal sum = em().createQuery("select sum(r.refundAmount) from ReturnEntity r where r.orderId = :orderId"
                        + " and r.id <> :id and r.refundAmount is not null", BigDecimal.class)
                .setParameter("orderId", ret.getOrderId()).setParameter("id", ret.getId()).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * The return, read again under its order's row lock: what a parallel call committed while this
     * one waited (a refund, a decision) is what the move is checked against.
     */
    private ReturnEntity findLocked(String id) {
        ReturnEntity ret = find(id);
        OrderEntity order = em().find(OrderEntity.class, ret.getOrderId());
        if (order != null) {
            CustomerOrders.OrderLock.lock(em(), order);
        }
        em().refresh(ret);
        return ret;
    }

    private ReturnEntity find(String id) {
        ReturnEntity ret = id == null || id.length() > 36 ? null : em().find(ReturnEntity.class, id);
        if (ret == null || !ret.getRealmId().equals(realm.getId())) {
            throw CommerceException.notFound("return_not_found", "No return with this id in this realm.");
        }
        return ret;
    }
}
