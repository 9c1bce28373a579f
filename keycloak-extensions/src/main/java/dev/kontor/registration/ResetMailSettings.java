package dev.kontor.registration;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;
import java.util.Map;

/**
 * How many password-reset mails one user, and one mail address, may get: per minute and per hour.
 * Set on the "Kontor - send reset email" step in the admin console; the defaults otherwise.
 */
record ResetMailSettings(int perMinute, int perHour) {

    static final String PER_MINUTE = "maxMailsPerMinute";
    static final String PER_HOUR = "maxMailsPerHour";

    static final ResetMailSettings DEFAULTS = new ResetMailSettings(1, 5);

    static ResetMailSettings from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        return new ResetMailSettings(CustomerCheckSettings.positive(config.get(PER_MINUTE), DEFAULTS.perMinute),
                CustomerCheckSettings.positive(config.get(PER_HOUR), DEFAULTS.perHour));
    }

    static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(PER_MINUTE).label("Reset mails per minute")
                .helpText("Password-reset mails one user (and one mail address) gets within a minute. Requests over"
                        + " the limit see the usual \"you should receive an email\" page, and nothing is sent.")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULTS.perMinute).add()
                .property().name(PER_HOUR).label("Reset mails per hour")
                .helpText("Password-reset mails one user (and one mail address) gets within an hour.")
                .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(DEFAULTS.perHour).add()
                .build();
    }
}
