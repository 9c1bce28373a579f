package dev.kontor.customer;

import org.junit.jupiter.api.Test;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidatorConfig;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the validator must stay silent. No session is given: a validator that looked into the
 * directory in these cases would fail here instead of answering. The admin context, which does
 * look, is {@code CustomerNumberValidatorIT}'s.
 */
class CustomerNumberKnownValidatorTest {

    private final CustomerNumberKnownValidator validator = new CustomerNumberKnownValidator();

    @Test
    void everyContextButTheAdminApiIsLeftToTheCustomerCheck() {
        for (UserProfileContext context : UserProfileContext.values()) {
            if (context == UserProfileContext.USER_API) {
                continue;
            }
            ValidationContext result = validate(context, "999999");
            assertTrue(result.isValid(), context + ": " + result.getErrors());
        }
    }

    @Test
    void anEmptyValueIsNotLookedUpEvenForAnAdmin() {
        assertTrue(validate(UserProfileContext.USER_API, "").isValid());
    }

    @Test
    void aMalformedValueIsLeftToThePatternValidator() {
        for (String malformed : List.of("12", "100 001", "12345678901", "1000a1")) {
            assertTrue(validate(UserProfileContext.USER_API, malformed).isValid(), malformed);
        }
    }

    @Test
    void outsideTheUserProfileItDoesNothing() {
        ValidationContext plain = new ValidationContext();
        validator.validate("999999", "customerNumber", plain, ValidatorConfig.EMPTY);
        assertTrue(plain.isValid(), String.valueOf(plain.getErrors()));
    }

    @Test
    void idIsTheOneInTheRealmFile() {
        assertEquals("kontor-customer-number-known", validator.getId());
    }

    private ValidationContext validate(UserProfileContext context, String value) {
        AttributeContext attribute = new AttributeContext(context, null,
                Map.entry(CustomerAttributes.CUSTOMER_NUMBER, List.of(value)), null, null, null);
        ValidationContext result = new UserProfileAttributeValidationContext(attribute);
        validator.validate(value, CustomerAttributes.CUSTOMER_NUMBER, result, ValidatorConfig.EMPTY);
        return result;
    }
}
