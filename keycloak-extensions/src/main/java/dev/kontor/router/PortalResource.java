package dev.kontor.router;

import dev.kontor.customer.CustomerAttributes;
import dev.kontor.http.ApiCors;
import dev.kontor.http.BearerAuth;
import dev.kontor.http.CustomerCall;
import dev.kontor.commerce.address.AddressesResource;
import dev.kontor.assurance.SecondFactorRequirement;
import dev.kontor.commerce.cart.CartsResource;
import dev.kontor.commerce.cart.ReorderResource;
import dev.kontor.commerce.invoice.InvoicesResource;
import dev.kontor.commerce.order.OrdersResource;
import dev.kontor.commerce.returns.ReturnReasonsResource;
import dev.kontor.commerce.returns.ReturnsResource;
import dev.kontor.password.PasswordRulesResource;
import dev.kontor.trust.TrustedBrowsersResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The customer API root, {@code /realms/{realm}/portal}: routes each path to its capability's
 * resource and hands every resource the one call frame of the request ({@link CustomerCall}:
 * bearer token with the portal audience and Kontor's second-factor rule, CORS, problem documents).
 */
public class PortalResource {

    private final KeycloakSession session;
    private final ApiCors cors;
    private final CustomerCall call;

    public PortalResource(KeycloakSession session) {
        this.session = session;
        this.cors = new ApiCors(session);
        this.call = new CustomerCall(session, cors, new BearerAuth(session, cors, SecondFactorRequirement::isMetBy));
    }

    /** Who the bearer of the token is, as the portal knows them. */
    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public Response me() {
        return call.run(auth -> {
            UserModel user = auth.user();
            Me me = new Me(user.getId(), user.getEmail(), user.getFirstAttribute(CustomerAttributes.CUSTOMER_NUMBER));
            return Response.ok(me, MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /** The signed-in customer's saved browsers (SPEC 2FA-5). */
    @Path("trusted-browsers")
    public TrustedBrowsersResource trustedBrowsers() {
        return new TrustedBrowsersResource(session, call);
    }

    /** The realm's password rules, public, for the live check on password forms (REG-5). */
    @Path("password-policy")
    public PasswordRulesResource passwordPolicy() {
        return new PasswordRulesResource(session, cors);
    }

    /** The customer's address book (COM-1). */
    @Path("addresses")
    public AddressesResource addresses() {
        return new AddressesResource(session, call);
    }

    /** My orders: list, detail, cancel, reorder (COM-2). */
    @Path("orders")
    public OrdersResource orders() {
        return new OrdersResource(session, call);
    }

    /** A cart from an order or some of its lines (COM-2); more specific than {@code orders}, so it wins. */
    @Path("orders/{id}/reorder")
    public ReorderResource reorder(@PathParam("id") String orderId) {
        return new ReorderResource(session, call, orderId);
    }

    /** Carts made by a reorder, for the shop to pick up (COM-2). */
    @Path("carts")
    public CartsResource carts() {
        return new CartsResource(session, call);
    }

    /** Returns: list, detail, request (COM-3). */
    @Path("returns")
    public ReturnsResource returns() {
        return new ReturnsResource(session, call);
    }

    /** The catalogue of return reasons (COM-3). */
    @Path("return-reasons")
    public ReturnReasonsResource returnReasons() {
        return new ReturnReasonsResource(session, call);
    }

    /** Invoices: open, paid, overdue (COM-4). */
    @Path("invoices")
    public InvoicesResource invoices() {
        return new InvoicesResource(session, call);
    }

    /** The OpenAPI 3 document of the commerce APIs (public). */
    @Path("openapi.json")
    public OpenApiResource openApi() {
        return new OpenApiResource();
    }

    /** CORS preflight for every path under the portal. */
    @OPTIONS
    @Path("{any:.*}")
    public Response preflight(@PathParam("any") String ignored,
                              @HeaderParam(ApiCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }

    /** Response body of {@code GET /me}. */
    public record Me(String userId, String email, String customerNumber) {
    }
}
