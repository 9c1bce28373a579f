package dev.kontor.commerce.address;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kontor.commerce.Times;

/** An address as the API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddressView(String id, int version, String firstName, String lastName, String company, String phone,
                          String street, String houseNumber, String extraLine, String postcode, String city,
                          String country, String region, boolean defaultBilling, boolean defaultShipping,
                          String createdAt, String updatedAt) {

    public static AddressView of(AddressEntity a) {
        return new AddressView(a.getId(), a.getVersion(), a.getFirstName(), a.getLastName(), a.getCompany(), a.getPhone(),
                a.getStreet(), a.getHouseNumber(), a.getExtraLine(), a.getPostcode(), a.getCity(), a.getCountry(),
                a.getRegion(), a.isDefaultBilling(), a.isDefaultShipping(), Times.instant(a.getCreatedAt()),
                Times.instant(a.getUpdatedAt()));
    }
}
