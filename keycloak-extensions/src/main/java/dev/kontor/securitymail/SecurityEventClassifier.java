package dev.kontor.securitymail;

import java.util.Map;
import java.util.Optional;

import dev.kontor.rollout.SecondFactorMethods;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Which Keycloak user event means which security mail; pure, so the mapping is unit-tested.
 * Keycloak 26 reports a change twice (the deprecated UPDATE_PASSWORD / UPDATE_TOTP / REMOVE_TOTP
 * beside UPDATE_CREDENTIAL / REMOVE_CREDENTIAL); both map to the same notice, and the listener mails
 * each notice once per transaction. Kontor's own details say what Kontor's events are about
 * ({@code kontor_action} of TrustEvents; {@value #REPLACED} of the email-code set-up).
 */
final class SecurityEventClassifier {

    static final String KONTOR_ACTION = "kontor_action";
    static final String TRUST_KIND = "kontor_trust_kind";
    static final String BROWSER_TRUSTED = "browser_trusted";
    static final String SAVED = "SAVED";
    /** Set by the email-code set-up when it replaced the user's earlier email-code method (a new address). */
    static final String REPLACED = "kontor_replaced";

    /** What a second-factor event means before the user's remaining methods are looked at. */
    enum Kind { SECOND_FACTOR_SET, SECOND_FACTOR_REPLACED, SECOND_FACTOR_REMOVED, BROWSER_SAVED,
        PASSWORD_CHANGED, PASSWORD_RESET, EMAIL_CHANGED }

    private SecurityEventClassifier() {
    }

    static Optional<Kind> classify(EventType type, Map<String, String> details) {
        Map<String, String> d = details == null ? Map.of() : details;
        String credentialType = d.get(Details.CREDENTIAL_TYPE);
        String action = d.get(KONTOR_ACTION);
        return Optional.ofNullable(switch (type) {
            case UPDATE_CREDENTIAL -> {
                if (BROWSER_TRUSTED.equals(action)) {
                    yield SAVED.equals(d.get(TRUST_KIND)) ? Kind.BROWSER_SAVED : null;
                }
                if (action != null) {
                    yield null;
                }
                if (PasswordCredentialModel.TYPE.equals(credentialType)) {
                    yield Kind.PASSWORD_CHANGED;
                }
                if (SecondFactorMethods.CREDENTIAL_TYPES.contains(credentialType)) {
                    yield "true".equals(d.get(REPLACED)) ? Kind.SECOND_FACTOR_REPLACED : Kind.SECOND_FACTOR_SET;
                }
                yield null;
            }
            case UPDATE_TOTP -> Kind.SECOND_FACTOR_SET;
            case REMOVE_CREDENTIAL -> action == null && SecondFactorMethods.CREDENTIAL_TYPES.contains(credentialType)
                    ? Kind.SECOND_FACTOR_REMOVED : null;
            case REMOVE_TOTP -> Kind.SECOND_FACTOR_REMOVED;
            case UPDATE_PASSWORD -> Kind.PASSWORD_CHANGED;
            case RESET_PASSWORD -> Kind.PASSWORD_RESET;
            case UPDATE_EMAIL, UPDATE_PROFILE -> emailChanged(d) ? Kind.EMAIL_CHANGED : null;
            default -> null;
        });
    }

    /** The address before the change, where the email-changed mail goes. */
    static String previousEmail(Map<String, String> details) {
        return details == null ? null : details.get(Details.PREVIOUS_EMAIL);
    }

    private static boolean emailChanged(Map<String, String> d) {
        String before = d.get(Details.PREVIOUS_EMAIL);
        String after = d.get(Details.UPDATED_EMAIL);
        return before != null && !before.isBlank() && after != null && !before.equalsIgnoreCase(after);
    }
}
