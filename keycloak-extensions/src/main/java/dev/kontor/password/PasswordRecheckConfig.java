package dev.kontor.password;

import org.keycloak.models.AuthenticatorConfigModel;

import java.util.Map;

/**
 * The admin-console settings of the "Kontor - password policy check" step. A missing config
 * means enabled with no grace logins: a password that breaks the rules is updated at once.
 */
record PasswordRecheckConfig(boolean enabled, int graceLogins) {

    static final String ENABLED = "enabled";
    static final String GRACE_LOGINS = "graceLogins";
    static final int MAX_GRACE_LOGINS = 100;

    static PasswordRecheckConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        boolean enabled = !"false".equalsIgnoreCase(String.valueOf(config.getOrDefault(ENABLED, "true")).trim());
        return new PasswordRecheckConfig(enabled, graceLogins(config.get(GRACE_LOGINS)));
    }

    /** Unreadable or negative values mean 0: never more leniency than configured. */
    static int graceLogins(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(MAX_GRACE_LOGINS, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
