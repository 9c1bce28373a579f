package dev.kontor.commerce.admin;

import dev.kontor.http.AdminCall;
import dev.kontor.http.JsonBody;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.money.Amounts;
import dev.kontor.commerce.returns.ReturnEntity;
import dev.kontor.commerce.returns.ReturnStatus;
import dev.kontor.commerce.returns.ReturnStore;
import dev.kontor.commerce.returns.ReturnTransitions;
import dev.kontor.commerce.returns.ReturnView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.io.InputStream;
import java.math.BigDecimal;

/**
 * {@code /admin/realms/{realm}/portal/returns}: search per customer, and move a return along
 * requested → approved | rejected → received → refunded. A wrong move is 409 {@code invalid_transition}.
 * The rules and the order's row lock are {@link ReturnTransitions}'; the queries {@link ReturnStore}'s.
 * Each body is read before the lock is taken, so a slow client holds none.
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
                    .orElseThrow(() -> ProblemException.badParameter("'status' must be requested, approved, rejected, received or refunded."));
            return Response.ok(new ReturnStore(em()).search(scope.condition("r"), scope::bind, wanted, page.first(), page.max()),
                    MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            return Response.ok(ReturnView.of(em(), new ReturnStore(em()).inRealm(realm.getId(), id)), MediaType.APPLICATION_JSON_TYPE);
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
            ReturnEntity ret = transitions().findLocked(realm.getId(), id);
            AdminInputs.DecisionInput input = JsonBody.parse(bytes, AdminInputs.DecisionInput.class);
            return answer(transitions().decide(ret, input.decision(), AdminInputs.note("note", input.note())));
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
            ReturnEntity ret = transitions().findLocked(realm.getId(), id);
            AdminInputs.NoteInput input = bytes.length == 0 ? new AdminInputs.NoteInput(null) : JsonBody.parse(bytes, AdminInputs.NoteInput.class);
            return answer(transitions().move(ret, ReturnStatus.RECEIVED, AdminInputs.note("note", input.note()), null));
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
            ReturnEntity ret = transitions().findLocked(realm.getId(), id);
            AdminInputs.RefundInput input = JsonBody.parse(bytes, AdminInputs.RefundInput.class);
            BigDecimal amount = Amounts.amount("amount", AdminInputs.required("amount", input.amount(), 32));
            return answer(transitions().refund(ret, amount, AdminInputs.note("note", input.note())));
        });
    }

    /** The return as it is after the move. */
    private Response.ResponseBuilder answer(ReturnEntity moved) {
        return Response.ok(ReturnView.of(em(), moved), MediaType.APPLICATION_JSON_TYPE);
    }

    private ReturnTransitions transitions() {
        return new ReturnTransitions(session, em(), adminEvent);
    }
}
