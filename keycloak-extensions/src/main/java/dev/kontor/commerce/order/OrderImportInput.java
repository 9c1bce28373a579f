package dev.kontor.commerce.order;


import java.util.List;

/**
 * Body of {@code PUT /admin/realms/{realm}/portal/orders/{externalNumber}}. Amounts are decimal
 * strings; lines are matched to stored lines by their position, so a repeated import updates in place.
 */
public record OrderImportInput(String userId, String email, String customerNumber, String status, String statusNote,
                               String placedAt, String deliveredAt, String currency, Snapshot billingAddress,
                               Snapshot shippingAddress, List<Line> lines, String shipping, String discount) {

    public record Snapshot(String firstName, String lastName, String company, String phone, String street,
                           String houseNumber, String extraLine, String postcode, String city, String country,
                           String region) {
    }

    public record Line(String sku, String name, Integer quantity, String unitPrice, String taxRate, Boolean orderable) {
    }
}
