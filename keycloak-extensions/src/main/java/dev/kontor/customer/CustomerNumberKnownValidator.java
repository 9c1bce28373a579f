package dev.kontor.customer;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

import java.util.List;

/**
 * User-profile validator for the {@value CustomerAttributes#CUSTOMER_NUMBER} attribute: an admin
 * (admin console, admin REST API) can only link a login to a customer number that is in the
 * customer directory.
 * <p>
 * It acts only in {@link UserProfileContext#USER_API}. Everywhere a customer types the number
 * (registration, account console, update profile, the customer-number required action) the
 * customer check answers with its uniform "not matched" message under rate limits; an "unknown
 * number" answer there would tell an attacker which numbers exist.
 * <p>
 * Only a changed value is checked: the value a user already has is accepted even if its directory
 * row was deleted since, so an admin can still edit that user's other fields. Empty values are
 * accepted (the attribute is optional), and so are values of the wrong shape, which the
 * attribute's pattern validator (configured before this one) refuses with its own message.
 */
public class CustomerNumberKnownValidator extends AbstractStringValidator implements ConfiguredProvider {

    public static final String ID = "kontor-customer-number-known";

    /** Message key (realm localization texts and login theme bundles). */
    public static final String MESSAGE_UNKNOWN = "kontorCustomerNumberUnknown";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (!(context instanceof UserProfileAttributeValidationContext profileContext)) {
            return;
        }
        AttributeContext attribute = profileContext.getAttributeContext();
        if (attribute.getContext() != UserProfileContext.USER_API || isCurrentValue(attribute.getUser(), value)) {
            return;
        }
        if (!value.equals(CustomerNumbers.clean(value))) {
            // not a number's shape: the pattern validator before this one says so, with one message
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = session.getContext().getRealm();
        if (new CustomerStore(session).find(realm.getId(), value) == null) {
            context.addError(new ValidationError(ID, inputHint, MESSAGE_UNKNOWN, value));
        }
    }

    /** No number is no link: the attribute is optional, whatever {@code ignore.empty.value} says. */
    @Override
    protected boolean isIgnoreEmptyValuesConfigured(ValidatorConfig config) {
        return true;
    }

    private static boolean isCurrentValue(UserModel user, String value) {
        return user != null && user.getAttributeStream(CustomerAttributes.CUSTOMER_NUMBER).anyMatch(value::equals);
    }

    @Override
    public String getHelpText() {
        return "Admin console and admin API only: the customer number must be in Kontor's customer directory"
                + " (a user's unchanged current value is always accepted).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
