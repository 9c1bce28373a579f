package dev.kontor.trust;

import org.keycloak.provider.ProviderConfigProperty;

/**
 * The admin-console fields of the trusted-browser authenticators, with the seed values as defaults.
 */
final class TrustConfigProperties {

    private TrustConfigProperties() {
    }

    static ProviderConfigProperty cookiePrefix() {
        return property(TrustSettings.COOKIE_PREFIX, "Cookie name prefix",
                "Trust cookies are named <prefix>_<hash of realm and user>. Letters, digits, '_' and '-'. "
                        + "Must be the same in 'Condition - browser not trusted' and 'Kontor - remember browser'. "
                        + "Changing it makes every browser ask for the code again.",
                TrustCookie.DEFAULT_PREFIX);
    }

    static ProviderConfigProperty skipHours() {
        return property(TrustSettings.SKIP_HOURS, "Skip duration (hours)",
                "How long the code is not asked again on a browser after the user chose to skip it. Decimals allowed (0.5 = 30 minutes).",
                "24");
    }

    static ProviderConfigProperty savedDays() {
        return property(TrustSettings.SAVED_DAYS, "Saved browser lifetime (days)",
                "How long a saved browser stays trusted. 0 means until the user or an admin deletes it.",
                String.valueOf(TrustSettings.DEFAULT_SAVED_DAYS));
    }

    private static ProviderConfigProperty property(String name, String label, String help, String defaultValue) {
        ProviderConfigProperty property = new ProviderConfigProperty();
        property.setName(name);
        property.setLabel(label);
        property.setHelpText(help);
        property.setType(ProviderConfigProperty.STRING_TYPE);
        property.setDefaultValue(defaultValue);
        return property;
    }
}
