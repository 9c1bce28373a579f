package dev.kontor.password;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * A policy that rejects passwords holding a run as long as the policy's value or longer; the
 * subclass says what a run is ({@link SequenceRuns}, {@link KeyboardRuns}).
 */
abstract class RunPolicyProvider implements PasswordPolicyProvider {

    private final KeycloakContext context;
    private final String policyId;
    private final String errorMessage;

    RunPolicyProvider(KeycloakContext context, String policyId, String errorMessage) {
        this.context = context;
        this.policyId = policyId;
        this.errorMessage = errorMessage;
    }

    /** Whether the password holds a run of at least {@code runLength}. */
    abstract boolean hasRun(String password, int runLength);

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return check(realm, password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return check(context.getRealm(), password);
    }

    private PolicyError check(RealmModel realm, String password) {
        Integer length = realm.getPasswordPolicy().getPolicyConfig(policyId);
        int runLength = length == null ? RunLength.DEFAULT : length;
        return password != null && hasRun(password, runLength) ? new PolicyError(errorMessage, runLength) : null;
    }

    @Override
    public Object parseConfig(String value) {
        return RunLength.parse(value);
    }

    @Override
    public void close() {
    }
}
