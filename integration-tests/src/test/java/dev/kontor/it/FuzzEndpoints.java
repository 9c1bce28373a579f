package dev.kontor.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.kontor.it.AbstractCommerceIT.JSON;
import static dev.kontor.it.AbstractCommerceIT.address;
import static dev.kontor.it.AbstractCommerceIT.line;
import static dev.kontor.it.AbstractCommerceIT.order;

/**
 * Every endpoint of the customer, back-end and directory APIs that {@link MalformedRequestFuzzIT}
 * attacks, with a real id and a valid body from the run's fixture; {@link MalformedRequests} makes
 * the malformed requests from them.
 */
final class FuzzEndpoints {

    private FuzzEndpoints() {
    }

    enum Api { CUSTOMER, BACKEND, DIRECTORY }

    /** An endpoint; {@code {id}} in the path is replaced by a real id or, in the bad-id cases, by garbage. */
    record Endpoint(Api api, String method, String path, String realId, String validBody, boolean bodyRequired,
                    List<String> params, boolean ifMatch) {

        boolean takesBody() {
            return validBody != null;
        }

        boolean takesId() {
            return realId != null;
        }
    }

    static List<Endpoint> endpoints(MalformedRequestFuzzIT.Fixture f) throws Exception {
        String address = JSON.writeValueAsString(address("Lagerweg", "20095", "DE"));
        String ret = JSON.writeValueAsString(Map.of("orderId", f.orderId(), "reason", "damaged", "comment", "x",
                "lines", List.of(Map.of("orderLineId", f.lineId(), "quantity", 1))));
        String reorder = JSON.writeValueAsString(Map.of("lineIds", List.of(f.lineId())));
        List<String> paging = List.of("first", "max");
        List<String> none = List.of();
        List<Endpoint> e = new ArrayList<>();
        // customer API
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/me", null, null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/addresses", null, null, false, paging, false));
        e.add(new Endpoint(Api.CUSTOMER, "POST", "/addresses", null, address, true, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/addresses/{id}", f.addressId(), null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "PUT", "/addresses/{id}", f.addressId(), address, true, none, true));
        e.add(new Endpoint(Api.CUSTOMER, "DELETE", "/addresses/{id}", f.addressId(), null, false, none, true));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/orders", null, null, false, List.of("status", "from", "to", "cursor", "max"), false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/orders/{id}", f.orderId(), null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "POST", "/orders/{id}/cancel", f.orderId(), null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "POST", "/orders/{id}/reorder", f.orderId(), reorder, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/carts/{id}", "00000000-0000-0000-0000-000000000000", null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/returns", null, null, false, paging, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/returns/{id}", f.returnId(), null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "POST", "/returns", null, ret, true, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/return-reasons", null, null, false, none, false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/invoices", null, null, false, List.of("status", "first", "max"), false));
        e.add(new Endpoint(Api.CUSTOMER, "GET", "/trusted-browsers", null, null, false, paging, false));
        e.add(new Endpoint(Api.CUSTOMER, "DELETE", "/trusted-browsers/{id}", "00000000-0000-0000-0000-000000000000", null, false, none, false));
        // back-end API
        String userScope = "userId=" + f.buyer().id();
        e.add(new Endpoint(Api.BACKEND, "GET", "/orders?" + userScope, null, null, false, paging, false));
        e.add(new Endpoint(Api.BACKEND, "GET", "/orders/{id}", f.orderNumber(), null, false, none, false));
        e.add(new Endpoint(Api.BACKEND, "PUT", "/orders/{id}", f.orderNumber(), JSON.writeValueAsString(
                order(f.buyer(), "delivered", Instant.now(), List.of(line("SKU-1", "Chair", 3, "49.00", "19.00", true)))), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/orders/{id}/status", f.orderNumber(),
                JSON.writeValueAsString(Map.of("status", "delivered", "note", "x")), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/orders/{id}/shipments", f.orderNumber(), JSON.writeValueAsString(
                Map.of("carrier", "DHL", "trackingNumber", "1", "trackingUrl", "https://dhl.example/1")), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "PUT", "/orders/{id}/invoices/" + f.invoiceNumber(), f.orderNumber(), JSON.writeValueAsString(
                Map.of("amount", "150.00", "currency", "EUR", "issuedOn", "2026-01-05", "dueOn", "2026-02-05")), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/orders/{id}/invoices/" + f.invoiceNumber() + "/payment", f.orderNumber(),
                JSON.writeValueAsString(Map.of("paidAt", "2026-01-10T10:00:00Z")), false, none, false)); // empty: paid now
        e.add(new Endpoint(Api.BACKEND, "POST", "/orders/{id}/returns", f.orderNumber(), JSON.writeValueAsString(
                Map.of("reason", "other", "lines", List.of(Map.of("position", 0, "quantity", 1)))), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "GET", "/returns?" + userScope, null, null, false, List.of("status", "first", "max"), false));
        e.add(new Endpoint(Api.BACKEND, "GET", "/returns/{id}", f.returnId(), null, false, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/returns/{id}/decision", f.returnId(),
                JSON.writeValueAsString(Map.of("decision", "approved", "note", "x")), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/returns/{id}/receipt", f.returnId(),
                JSON.writeValueAsString(Map.of("note", "x")), false, none, false));
        e.add(new Endpoint(Api.BACKEND, "POST", "/returns/{id}/refund", f.returnId(),
                JSON.writeValueAsString(Map.of("amount", "1.00", "note", "x")), true, none, false));
        e.add(new Endpoint(Api.BACKEND, "GET", "/invoices?" + userScope, null, null, false, List.of("status", "first", "max"), false));
        e.add(new Endpoint(Api.BACKEND, "GET", "/addresses?" + userScope, null, null, false, paging, false));
        // directory API
        e.add(new Endpoint(Api.DIRECTORY, "GET", "/customers", null, null, false, paging, false));
        e.add(new Endpoint(Api.DIRECTORY, "GET", "/customers/{id}", f.customerNumber(), null, false, none, false));
        e.add(new Endpoint(Api.DIRECTORY, "PUT", "/customers/{id}", f.customerNumber(),
                JSON.writeValueAsString(Map.of("name", "Fuzz AG", "type", "company")), true, none, false));
        e.add(new Endpoint(Api.DIRECTORY, "DELETE", "/customers/{id}", f.customerNumber(), null, false, none, false));
        e.add(new Endpoint(Api.DIRECTORY, "POST", "/customers/import", null, JSON.writeValueAsString(
                List.of(Map.of("customerNumber", f.customerNumber(), "name", "Fuzz SE", "type", "company"))), true, none, false));
        e.add(new Endpoint(Api.DIRECTORY, "GET", "/users/{id}/second-factor", f.buyer().id(), null, false, paging, false));
        return e;
    }

    // --- the defects ---

}
