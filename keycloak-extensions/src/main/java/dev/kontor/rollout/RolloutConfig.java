package dev.kontor.rollout;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.Constants;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the rollout authenticator's admin-console configuration into a {@link RolloutScope}.
 * Unreadable values count as "nobody", never as "everybody".
 */
final class RolloutConfig {

    static final String GROUPS = "groups";
    static final String ROLES = "roles";
    static final String PERCENTAGE = "percentage";

    private RolloutConfig() {
    }

    static RolloutScope scope(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new RolloutScope(list(config.get(GROUPS)), list(config.get(ROLES)), percentage(config.get(PERCENTAGE)));
    }

    static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(Constants.CFG_DELIMITER))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static int percentage(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
