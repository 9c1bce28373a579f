package dev.kontor.commerce.admin;

import dev.kontor.commerce.order.CommerceSettings;
import dev.kontor.commerce.order.CustomerOrders;
import dev.kontor.http.AdminCall;
import dev.kontor.http.JsonBody;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.invoice.InvoiceEntity;
import dev.kontor.commerce.invoice.InvoiceRecords;
import dev.kontor.commerce.invoice.InvoiceView;
import dev.kontor.commerce.money.Amounts;
import dev.kontor.commerce.money.Money;
import dev.kontor.commerce.order.OrderDetails;
import dev.kontor.commerce.order.OrderEntity;
import dev.kontor.commerce.order.OrderImport;
import dev.kontor.commerce.order.OrderImportInput;
import dev.kontor.commerce.returns.ReturnEntity;
import dev.kontor.commerce.returns.ReturnView;
import dev.kontor.commerce.returns.ShopReturns;
import dev.kontor.commerce.order.OrderStatus;
import dev.kontor.commerce.order.OrderViews;
import dev.kontor.commerce.order.OrderStatusChanges;
import dev.kontor.commerce.order.OrderStore;
import dev.kontor.commerce.order.Shipments;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/realms/{realm}/portal/orders}: shops and ERPs import orders and report status,
 * shipments, invoices and payments; admins and back ends search per customer. Orders are addressed
 * by their external number. Every change is an admin event (resource type CUSTOM).
 */
public class AdminOrdersResource extends AdminCommerceResource {

    private final AdminEventBuilder adminEvent;

    public AdminOrdersResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        super(session, realm, auth);
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("customerNumber") String customerNumber, @QueryParam("userId") String userId,
                         @QueryParam("email") String email, @QueryParam("status") String status, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("number") String number,
                         @QueryParam("first") String first, @QueryParam("max") String max) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            PageRequest page = PageRequest.of(first, max);
            AdminScope scope = AdminScope.of(session, realm, customerNumber, userId, email);
            CustomerOrders.Filter filter = CustomerOrders.Filter.of(status, from, to, null);
            String exactNumber = number == null || number.isBlank() ? null : number.trim();
            if (exactNumber != null && exactNumber.length() > 64) {
                throw ProblemException.badParameter("'number' is an order number: at most 64 characters.");
            }
            OrderStore orders = new OrderStore(em());
            List<OrderEntity> rows = orders.search(scope.condition("o"), scope::bind, filter, exactNumber, page.first(), page.max());
            long total = orders.count(scope.condition("o"), scope::bind, filter, exactNumber);
            return Response.ok(new OrderViews.AdminPage(rows.stream().map(o -> new OrderViews.AdminSummary(o.getId(), o.getNumber(),
                    o.getStatus(), Times.instant(o.getPlacedAt()), Money.of(o.getTotal(), o.getCurrency()), o.getItemCount(),
                    o.getUserId(), o.getCustomerNumber())).toList(), total), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("number") String number) {
        return AdminCall.run(session, () -> {
            access.requireRead();
            return Response.ok(detail(imports().require(number)), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /** Create or update; 201 when new, 200 when it existed (the same body twice changes nothing). */
    @PUT
    @Path("{number}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upsert(@PathParam("number") String number, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            OrderImportInput input = JsonBody.read(body, JsonBody.BACKEND_LIMIT, OrderImportInput.class);
            OrderImport.Outcome outcome = imports().upsert(number, input, System.currentTimeMillis());
            OrderViews.AdminDetail detail = detail(outcome.order());
            event(outcome.created() ? OperationType.CREATE : OperationType.UPDATE, Map.of("order", number));
            return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(detail);
        });
    }

    /** {@code {"status": "shipped", "note": "…"}}: a valid move, or 409 {@code invalid_transition}. */
    @POST
    @Path("{number}/status")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("number") String number, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            OrderEntity order = imports().require(number);
            AdminInputs.StatusInput input = JsonBody.parse(bytes, AdminInputs.StatusInput.class);
            OrderStatus target = OrderStatus.parse(input.status()).orElseThrow(() -> ProblemException.invalidField("status",
                    "invalid_status", "Use placed, processing, shipped, delivered or cancelled."));
            Long at = Times.parseInstant("at", input.at());
            new OrderStatusChanges(session, em()).report(order, target, AdminInputs.note("note", input.note()), at,
                    System.currentTimeMillis());
            event(OperationType.UPDATE, Map.of("order", number, "status", target.code()));
            return Response.ok(detail(order), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /** Adds a parcel, or updates the one with the same tracking number (idempotent). */
    @POST
    @Path("{number}/shipments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response shipment(@PathParam("number") String number, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            OrderEntity order = imports().require(number);
            AdminInputs.ShipmentInput input = JsonBody.parse(bytes, AdminInputs.ShipmentInput.class);
            String carrier = AdminInputs.required("carrier", input.carrier(), 64);
            String tracking = AdminInputs.required("trackingNumber", input.trackingNumber(), 128);
            String url = AdminInputs.webUrl("trackingUrl", input.trackingUrl());
            Long shippedAt = Times.parseInstant("shippedAt", input.shippedAt());
            boolean created = new Shipments(session, em()).record(order, carrier, tracking, url, shippedAt);
            event(created ? OperationType.CREATE : OperationType.UPDATE, Map.of("order", number, "shipment", tracking));
            return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(detail(order));
        });
    }

    /** Records an invoice of the order (create or update by invoice number). */
    @PUT
    @Path("{number}/invoices/{invoiceNumber}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invoice(@PathParam("number") String number, @PathParam("invoiceNumber") String invoiceNumber, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            OrderEntity order = imports().require(number);
            if (invoiceNumber == null || !OrderImport.EXTERNAL_NUMBER.matcher(invoiceNumber).matches()) {
                throw ProblemException.notFound("invoice_not_found", "Invoice numbers are 1-64 letters, digits and . _ / -.");
            }
            AdminInputs.InvoiceInput input = JsonBody.parse(bytes, AdminInputs.InvoiceInput.class);
            BigDecimal amount = Amounts.amount("amount", AdminInputs.required("amount", input.amount(), 32));
            String currency = input.currency() == null ? null : Amounts.currency("currency", input.currency());
            LocalDate issuedOn = Times.parseDate("issuedOn", AdminInputs.required("issuedOn", input.issuedOn(), 10));
            LocalDate dueOn = Times.parseDate("dueOn", AdminInputs.required("dueOn", input.dueOn(), 10));
            Long paidAt = Times.parseInstant("paidAt", input.paidAt());
            String documentUrl = AdminInputs.webUrl("documentUrl", input.documentUrl());
            InvoiceRecords.Outcome recorded = invoices().record(imports().invoicing(order), invoiceNumber,
                    new InvoiceRecords.Terms(amount, currency, issuedOn, dueOn, paidAt, documentUrl), System.currentTimeMillis());
            event(recorded.created() ? OperationType.CREATE : OperationType.UPDATE, Map.of("order", number, "invoice", invoiceNumber));
            return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(InvoiceView.of(recorded.invoice(), order.getNumber(), Times.today()));
        });
    }

    /** Records the payment of an invoice: {@code {"paidAt": "…"}} or {@code {}} for now. */
    @POST
    @Path("{number}/invoices/{invoiceNumber}/payment")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response payment(@PathParam("number") String number, @PathParam("invoiceNumber") String invoiceNumber, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            OrderEntity order = imports().require(number);
            InvoiceRecords.OrderRef ref = imports().invoicing(order);
            InvoiceEntity invoice = invoices().ofOrder(ref, invoiceNumber); // 404 before the body's own errors
            AdminInputs.PaymentInput input = bytes.length == 0 ? new AdminInputs.PaymentInput(null)
                    : JsonBody.parse(bytes, AdminInputs.PaymentInput.class);
            invoices().pay(ref, invoice, Times.parseInstant("paidAt", input.paidAt()), System.currentTimeMillis());
            event(OperationType.ACTION, Map.of("order", number, "invoice", invoiceNumber, "paid", true));
            return Response.ok(InvoiceView.of(invoice, order.getNumber(), Times.today()), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /** Records a return the customer arranged with the shop or support; the rules are {@link ShopReturns}'. */
    @POST
    @Path("{number}/returns")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response recordReturn(@PathParam("number") String number, InputStream body) {
        return AdminCall.run(session, () -> {
            access.requireWrite();
            byte[] bytes = JsonBody.readBounded(body, JsonBody.CUSTOMER_LIMIT); // before any lock: a slow body holds none
            OrderEntity order = imports().require(number);
            ShopReturns.Input input = JsonBody.parse(bytes, ShopReturns.Input.class);
            ReturnEntity created = new ShopReturns(session, em()).record(order, input, System.currentTimeMillis());
            event(OperationType.CREATE, Map.of("order", number, "return", created.getNumber()));
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(ReturnView.of(em(), created));
        });
    }

    private OrderViews.AdminDetail detail(OrderEntity order) {
        em().flush();
        return new OrderViews.AdminDetail(order.getUserId(), order.getCustomerNumber(),
                new OrderDetails(em(), CommerceSettings.of(realm)).of(order));
    }

    private void event(OperationType type, Map<String, Object> representation) {
        adminEvent.operation(type).resourcePath(session.getContext().getUri()).representation(representation).success();
    }

    private InvoiceRecords invoices() {
        return new InvoiceRecords(session, em(), realm.getId());
    }

    private OrderImport imports() {
        return new OrderImport(session, em(), realm);
    }
}
