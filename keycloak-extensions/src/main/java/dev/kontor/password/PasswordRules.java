package dev.kontor.password;

import org.keycloak.models.PasswordPolicy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The realm's password rules as the login pages' live check needs them: each rule that limits
 * which new password is accepted, with its number where it has one. Settings that are not rules
 * (hashing, expiry, re-authentication age) are left out, and so are values that are not numbers
 * (the common-password file's name, a regular expression).
 */
public final class PasswordRules {

    static final Set<String> NOT_RULES = Set.of(
            PasswordPolicy.HASH_ALGORITHM_ID, PasswordPolicy.HASH_ITERATIONS_ID, PasswordPolicy.FORCE_EXPIRED_ID,
            PasswordPolicy.MAX_AUTH_AGE_ID, PasswordPolicy.RECOVERY_CODES_WARNING_THRESHOLD_ID, PasswordPolicy.PASSWORD_AGE);

    /** One rule: the policy id (e.g. {@code length}, {@code kontorNoRun}) and its number or {@code null}. */
    public record Rule(String id, Integer value) {
    }

    /** Response body of {@code GET /realms/{realm}/portal/password-policy}. */
    public record Rules(List<Rule> rules) {
    }

    private PasswordRules() {
    }

    public static Rules of(PasswordPolicy policy) {
        return of(policy.getPolicies(), policy::getPolicyConfig);
    }

    static Rules of(Set<String> policyIds, Function<String, Object> config) {
        return new Rules(policyIds.stream()
                .filter(id -> !NOT_RULES.contains(id))
                .sorted(Comparator.naturalOrder())
                .map(id -> new Rule(id, config.apply(id) instanceof Integer number ? number : null))
                .toList());
    }
}
