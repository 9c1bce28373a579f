package dev.kontor.password;

import org.keycloak.models.KeycloakContext;

/**
 * Rejects passwords with a run of neighbouring keys of one keyboard row ({@code qwe}, {@code ewq},
 * {@code asd}, {@code yxc}/{@code zxc}) as long as the policy's value or longer. See {@link KeyboardRuns}.
 */
public class NoKeyboardRunPasswordPolicyProvider extends RunPolicyProvider {

    public static final String ERROR_MESSAGE = "kontorPasswordKeyboardRunMessage";

    public NoKeyboardRunPasswordPolicyProvider(KeycloakContext context) {
        super(context, NoKeyboardRunPasswordPolicyProviderFactory.ID, ERROR_MESSAGE);
    }

    @Override
    boolean hasRun(String password, int runLength) {
        return KeyboardRuns.hasRun(password, runLength);
    }
}
