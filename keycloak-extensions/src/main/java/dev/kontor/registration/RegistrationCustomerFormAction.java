package dev.kontor.registration;

import dev.kontor.customer.CustomerAttributes;
import dev.kontor.customer.CustomerNumbers;
import dev.kontor.event.CustomerLinked;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.Owner;
import org.keycloak.Config;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registration step (REG-1) after Keycloak's "Registration User Profile Creation": the customer
 * number must exist in the directory and the last name / company name must be the one on record;
 * terms of use and privacy policy must be accepted. On success the new login gets the customer
 * number (which links it to the customer; users cannot edit it themselves). The page gets the
 * configured links to the terms and the privacy policy.
 */
public class RegistrationCustomerFormAction implements FormAction, FormActionFactory {

    public static final String PROVIDER_ID = "kontor-registration-customer";

    /** Form fields of register.ftl. The name is Keycloak's lastName, stored on the user. */
    static final String FIELD_NUMBER = CustomerCheck.FIELD_NUMBER;
    static final String FIELD_NAME = CustomerCheck.FIELD_NAME;
    static final String FIELD_TERMS = "kontorTermsAccepted";
    static final String FIELD_PRIVACY = "kontorPrivacyAccepted";

    static final String TERMS_URL = "termsUrl";
    static final String PRIVACY_URL = "privacyUrl";
    static final String DEFAULT_TERMS_URL = "https://www.kontor.example/terms";
    static final String DEFAULT_PRIVACY_URL = "https://www.kontor.example/privacy";

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
        Map<String, String> config = config(context.getAuthenticatorConfig());
        form.setAttribute("kontorRegistration", Map.of(
                "termsUrl", config.getOrDefault(TERMS_URL, DEFAULT_TERMS_URL),
                "privacyUrl", config.getOrDefault(PRIVACY_URL, DEFAULT_PRIVACY_URL)));
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        List<FormMessage> errors = new ArrayList<>();
        String error = null;

        CustomerCheck.Outcome outcome = CustomerCheck.check(context.getSession(), context.getRealm(),
                context.getConnection().getRemoteAddr(), form.getFirst(FIELD_NUMBER), form.getFirst(FIELD_NAME),
                CustomerCheckSettings.from(config(context.getAuthenticatorConfig())));
        if (outcome.result() != CustomerCheck.Result.OK) {
            error = outcome.result().error;
            errors.addAll(outcome.result().formErrors());
            if (outcome.customerNumber() != null) {
                context.getEvent().detail("customer_number", outcome.customerNumber());
            }
        }
        if (!"on".equals(form.getFirst(FIELD_TERMS))) {
            error = error == null ? "terms_not_accepted" : error;
            errors.add(new FormMessage(FIELD_TERMS, "kontorTermsRequired"));
        }
        if (!"on".equals(form.getFirst(FIELD_PRIVACY))) {
            error = error == null ? "privacy_not_accepted" : error;
            errors.add(new FormMessage(FIELD_PRIVACY, "kontorPrivacyRequired"));
        }
        if (errors.isEmpty()) {
            context.success();
            return;
        }
        context.getEvent().detail("kontor_customer_check", error);
        context.error(error);
        context.validationError(form, errors);
    }

    @Override
    public void success(FormContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String number = CustomerNumbers.clean(form.getFirst(FIELD_NUMBER));
        UserModel user = context.getUser();
        // Set on the model, not through the user profile: the attribute is read-only for users.
        user.setSingleAttribute(CustomerAttributes.CUSTOMER_NUMBER, number);
        long now = System.currentTimeMillis();
        user.setSingleAttribute("kontorTermsAcceptedAt", Long.toString(now));
        KontorEvent.publish(new CustomerLinked(context.getSession(), new Owner(context.getRealm().getId(), user.getId(), number),
                CustomerLinked.Via.REGISTRATION));
        context.getEvent().detail(Details.REGISTER_METHOD, "form").detail("customer_number", number);
    }

    private static Map<String, String> config(AuthenticatorConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public FormAction create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getDisplayType() {
        return "Kontor customer number";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "Registration needs an existing customer number and the last name / company name on record for it,"
                + " and acceptance of the terms of use and privacy policy. Links the new login to the customer.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(TERMS_URL).label("Terms of use URL")
                .helpText("Linked from the registration page's terms-of-use checkbox.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_TERMS_URL).add()
                .property().name(PRIVACY_URL).label("Privacy policy URL")
                .helpText("Linked from the registration page's privacy-policy checkbox.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_PRIVACY_URL).add()
                .build());
        properties.addAll(CustomerCheckSettings.properties());
        return properties;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
