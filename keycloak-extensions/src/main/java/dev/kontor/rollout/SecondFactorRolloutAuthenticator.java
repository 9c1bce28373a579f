package dev.kontor.rollout;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Gradual 2FA rollout (SPEC 2FA-7). Placed after the password step: a user in the configured
 * scope who has no second factor yet gets the set-up required action for this login only (it is
 * added to the authentication session, not stored on the user), so nobody is ever locked out and
 * shrinking the scope takes effect at once. Everyone else passes untouched.
 */
public class SecondFactorRolloutAuthenticator implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        RolloutScope scope = RolloutConfig.scope(context.getAuthenticatorConfig());
        if (user != null && !scope.isEmpty() && !SecondFactorMethods.hasAny(user)
                && RolloutMembership.includes(scope, context.getRealm(), user)) {
            context.getAuthenticationSession().addRequiredAction(SecondFactorSetupRequiredAction.PROVIDER_ID);
        }
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }

}
