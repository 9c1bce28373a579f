package dev.kontor.password;

import org.keycloak.models.KeycloakContext;

/**
 * Rejects passwords with an alphabetic or numeric run ({@code abc}, {@code cba}, {@code 123},
 * {@code 321}) as long as the policy's value or longer. See {@link SequenceRuns} for what runs are.
 */
public class NoRunPasswordPolicyProvider extends RunPolicyProvider {

    public static final String ERROR_MESSAGE = "kontorPasswordRunMessage";

    public NoRunPasswordPolicyProvider(KeycloakContext context) {
        super(context, NoRunPasswordPolicyProviderFactory.ID, ERROR_MESSAGE);
    }

    @Override
    boolean hasRun(String password, int runLength) {
        return SequenceRuns.hasRun(password, runLength);
    }
}
