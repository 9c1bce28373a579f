package dev.kontor.commerce.address;

/**
 * Body of {@code POST /addresses} and {@code PUT /addresses/{id}}. {@code id}, {@code createdAt}
 * and {@code updatedAt} are accepted (a client may send back what it read) and ignored;
 * {@code version} stands in for {@code If-Match}.
 */
public record AddressInput(String id, Integer version, String firstName, String lastName, String company,
                           String phone, String street, String houseNumber, String extraLine, String postcode,
                           String city, String country, String region, Boolean defaultBilling,
                           Boolean defaultShipping, String createdAt, String updatedAt) {
}
