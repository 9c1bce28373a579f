package dev.kontor.registration;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;
import java.util.Map;

/**
 * Limits of the customer-number check, shared by the registration form action and the
 * customer-number required action; set in the admin console, the defaults otherwise.
 */
record CustomerCheckSettings(int maxFailuresPerAddress, int maxFailuresPerNumber, int windowMinutes) {

    static final String MAX_PER_ADDRESS = "maxFailuresPerAddress";
    static final String MAX_PER_NUMBER = "maxFailuresPerCustomerNumber";
    static final String WINDOW_MINUTES = "lockoutMinutes";

    static final CustomerCheckSettings DEFAULTS = new CustomerCheckSettings(10, 5, 15);

    static CustomerCheckSettings from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        return new CustomerCheckSettings(
                positive(config.get(MAX_PER_ADDRESS), DEFAULTS.maxFailuresPerAddress),
                positive(config.get(MAX_PER_NUMBER), DEFAULTS.maxFailuresPerNumber),
                positive(config.get(WINDOW_MINUTES), DEFAULTS.windowMinutes));
    }

    static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(MAX_PER_ADDRESS).label("Failed checks per address")
                .helpText("Wrong customer numbers or names from one client address before it must wait.")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULTS.maxFailuresPerAddress).add()
                .property().name(MAX_PER_NUMBER).label("Failed checks per customer number")
                .helpText("Wrong names entered for one customer number before that number must wait.")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULTS.maxFailuresPerNumber).add()
                .property().name(WINDOW_MINUTES).label("Wait (minutes)")
                .helpText("How long an address or number waits after too many failed checks.")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULTS.windowMinutes).add()
                .build();
    }

    static int positive(String value, int fallback) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
