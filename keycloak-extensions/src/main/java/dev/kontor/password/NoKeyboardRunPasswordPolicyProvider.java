package dev.kontor.password;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * Rejects passwords with a run of neighbouring keys of one keyboard row ({@code qwe}, {@code ewq},
 * {@code asd}, {@code yxc}/{@code zxc}) as long as the policy's value or longer. See {@link KeyboardRuns}.
 */
public class NoKeyboardRunPasswordPolicyProvider implements PasswordPolicyProvider {

    public static final String ERROR_MESSAGE = "kontorPasswordKeyboardRunMessage";

    private final KeycloakContext context;

    public NoKeyboardRunPasswordPolicyProvider(KeycloakContext context) {
        this.context = context;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return check(realm, password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return check(context.getRealm(), password);
    }

    private static PolicyError check(RealmModel realm, String password) {
        Integer length = realm.getPasswordPolicy().getPolicyConfig(NoKeyboardRunPasswordPolicyProviderFactory.ID);
        int runLength = length == null ? RunLength.DEFAULT : length;
        return password != null && KeyboardRuns.hasRun(password, runLength) ? new PolicyError(ERROR_MESSAGE, runLength) : null;
    }

    @Override
    public Object parseConfig(String value) {
        return RunLength.parse(value);
    }

    @Override
    public void close() {
    }
}
