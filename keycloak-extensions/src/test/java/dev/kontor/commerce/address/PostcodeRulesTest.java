package dev.kontor.commerce.address;

import dev.kontor.http.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostcodeRulesTest {

    private static void valid(String country, String postcode, String stored) {
        assertEquals(Optional.of(stored), PostcodeRules.normalize(country, postcode), country + " " + postcode);
    }

    private static void invalid(String country, String postcode) {
        assertEquals(Optional.empty(), PostcodeRules.normalize(country, postcode), country + " " + postcode);
    }

    @Test
    void everyShippingCountryHasItsFormat() {
        valid("DE", "10115", "10115");
        invalid("DE", "1011");
        invalid("DE", "101155");
        valid("AT", "1010", "1010");
        invalid("AT", "0100");
        valid("CH", "8001", "8001");
        invalid("CH", "80011");
        valid("NL", "1012lg", "1012 LG");
        valid("NL", "1012 LG", "1012 LG");
        invalid("NL", "0123 AB");
        invalid("NL", "1012 L");
        valid("BE", "1000", "1000");
        invalid("BE", "10000");
        valid("IT", "00184", "00184");
        invalid("IT", "0018");
        valid("FR", "75008", "75008");
        invalid("FR", "7500A");
        valid("GB", "sw1a1aa", "SW1A 1AA");
        valid("GB", "M1 1AE", "M1 1AE");
        valid("GB", "  EC1A  1BB ", "EC1A 1BB");
        valid("GB", "GIR 0AA", "GIR 0AA");
        invalid("GB", "12345");
        valid("US", "10001", "10001");
        valid("US", "10001-1234", "10001-1234");
        invalid("US", "1001");
        invalid("US", "10001-12");
    }

    @Test
    void otherCountriesGetAGenericCheck() {
        valid("SE", "114 55", "114 55");
        valid("PL", "00-950", "00-950");
        invalid("SE", "<script>");
        invalid("SE", "-");
    }

    @Test
    void countriesAreIsoAlpha2() {
        assertTrue(PostcodeRules.isCountry("DE"));
        assertTrue(PostcodeRules.isCountry("GB"));
        assertFalse(PostcodeRules.isCountry("UK"), "UK is not the ISO code of the United Kingdom");
        assertFalse(PostcodeRules.isCountry("XX"));
        assertFalse(PostcodeRules.isCountry("de"));
        assertFalse(PostcodeRules.isCountry(null));
    }

    @Test
    void addressFieldsReportEveryProblemAtOnce() {
        ProblemException e = assertThrows(ProblemException.class, () -> AddressFields.validate("", " ", "Schmidt", null,
                "call me", "Hauptstraße", null, null, "1234", "Berlin", "DEU", null));
        assertEquals(422, e.status());
        assertEquals(List.of("firstName:required", "phone:invalid_phone", "country:invalid_country"),
                e.errors().stream().map(x -> x.field() + ":" + x.code()).toList());

        ProblemException postcode = assertThrows(ProblemException.class, () -> AddressFields.validate("billing.", "Anna",
                "Schmidt", null, null, "Hauptstraße", "5", null, "1234", "Berlin", "de", null));
        assertEquals("billing.postcode", postcode.errors().get(0).field());
        assertEquals("invalid_postcode", postcode.errors().get(0).code());

        ProblemException tooLong = assertThrows(ProblemException.class, () -> AddressFields.validate("", "A".repeat(101),
                "Schmidt", null, null, "Hauptstraße", null, null, "10115", "Berlin", "DE", null));
        assertEquals("too_long", tooLong.errors().get(0).code());

        AddressFields ok = AddressFields.validate("", " Anna ", "Schmidt", null, "+49 30 1234567", "Hauptstraße", "5", null,
                "10115", "Berlin", "de", null);
        assertEquals("Anna", ok.firstName());
        assertEquals("DE", ok.country());
    }
}
