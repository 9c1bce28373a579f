package dev.kontor.password;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

import java.util.Set;

/**
 * Checks a password the user just signed in with against the realm's current policy, as
 * Keycloak's PasswordPolicyManagerProvider would for a new password, but without the rules
 * that compare with stored passwords: "not one of the last N" would always match the current
 * password, and the password age is not a property of the password.
 */
final class PasswordRecheck {

    private static final Logger LOG = Logger.getLogger(PasswordRecheck.class);

    /** Policies that say nothing about whether the current password is good enough. */
    static final Set<String> NOT_RECHECKED = Set.of(
            PasswordPolicy.PASSWORD_HISTORY_ID, PasswordPolicy.PASSWORD_AGE, PasswordPolicy.FORCE_EXPIRED_ID,
            PasswordPolicy.HASH_ALGORITHM_ID, PasswordPolicy.HASH_ITERATIONS_ID, PasswordPolicy.MAX_AUTH_AGE_ID,
            PasswordPolicy.RECOVERY_CODES_WARNING_THRESHOLD_ID);

    private PasswordRecheck() {
    }

    /** The first rule the password breaks, or {@code null}. */
    static PolicyError firstViolation(KeycloakSession session, RealmModel realm, UserModel user, String password) {
        for (String policyId : realm.getPasswordPolicy().getPolicies()) {
            if (NOT_RECHECKED.contains(policyId)) {
                continue;
            }
            PolicyError error;
            try {
                PasswordPolicyProvider provider = session.getProvider(PasswordPolicyProvider.class, policyId);
                error = provider == null ? null : provider.validate(realm, user, password);
            } catch (RuntimeException e) {
                // The password was accepted a moment ago; a broken rule provider (e.g. a missing
                // common-password file) must not lock everybody out of the login.
                LOG.warnf("Password policy %s could not check a login password: %s", policyId, e.toString());
                continue;
            }
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
