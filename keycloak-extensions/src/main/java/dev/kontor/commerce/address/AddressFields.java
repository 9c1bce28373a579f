package dev.kontor.commerce.address;

import dev.kontor.http.FieldError;
import dev.kontor.http.ProblemException;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The validated, trimmed fields of an address: every field error of a request at once, so a form
 * can mark them all. Used for the address book and for the snapshots in imported orders.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddressFields(String firstName, String lastName, String company, String phone, String street,
                            String houseNumber, String extraLine, String postcode, String city, String country,
                            String region) {

    static final int NAME = 100;
    static final int COMPANY = 200;
    static final int PHONE = 50;
    static final int STREET = 200;
    static final int HOUSE_NUMBER = 20;
    static final int CITY = 100;
    static final int REGION = 100;
    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9 ()/.-]{3,49}");

    public static AddressFields validate(String prefix, String firstName, String lastName, String company, String phone,
                                         String street, String houseNumber, String extraLine, String postcode,
                                         String city, String country, String region) {
        List<FieldError> errors = new ArrayList<>();
        String fn = text(errors, prefix + "firstName", firstName, NAME, true);
        String ln = text(errors, prefix + "lastName", lastName, NAME, true);
        String co = text(errors, prefix + "company", company, COMPANY, false);
        String ph = text(errors, prefix + "phone", phone, PHONE, false);
        if (ph != null && !PHONE_FORMAT.matcher(ph).matches()) {
            errors.add(new FieldError(prefix + "phone", "invalid_phone", "Use digits, spaces and + ( ) / - . only."));
        }
        String st = text(errors, prefix + "street", street, STREET, true);
        String hn = text(errors, prefix + "houseNumber", houseNumber, HOUSE_NUMBER, false);
        String ex = text(errors, prefix + "extraLine", extraLine, STREET, false);
        String ci = text(errors, prefix + "city", city, CITY, true);
        String rg = text(errors, prefix + "region", region, REGION, false);
        String cc = text(errors, prefix + "country", country, 2, true);
        if (cc != null) {
            cc = cc.toUpperCase(Locale.ROOT);
            if (!PostcodeRules.isCountry(cc)) {
                errors.add(new FieldError(prefix + "country", "invalid_country", "Use an ISO 3166-1 alpha-2 country code, e.g. \"DE\"."));
                cc = null;
            }
        } else if (country != null && country.trim().length() > 2) {
            // text() reported too_long; say what is expected instead.
            errors.removeIf(e -> e.field().equals(prefix + "country"));
            errors.add(new FieldError(prefix + "country", "invalid_country", "Use an ISO 3166-1 alpha-2 country code, e.g. \"DE\"."));
        }
        String pc = text(errors, prefix + "postcode", postcode, 20, true);
        if (pc != null && cc != null) {
            String normalized = PostcodeRules.normalize(cc, pc).orElse(null);
            if (normalized == null) {
                errors.add(new FieldError(prefix + "postcode", "invalid_postcode", "This is not a valid postcode for " + cc + "."));
            }
            pc = normalized;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new AddressFields(fn, ln, co, ph, st, hn, ex, pc, ci, cc, rg);
    }

    private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "required", "This field is required."));
            }
            return null;
        }
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "too_long", "At most " + max + " characters."));
            return null;
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FieldError(field, "invalid_characters", "Control characters are not allowed."));
            return null;
        }
        return trimmed;
    }
}
