package dev.kontor.assurance;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * The last step of the realm's direct-grant flow, after user name and password: refuses a token to
 * everyone who must pass a second factor ({@link SecondFactorRequirement}). A direct grant has no
 * page to ask for an email code, and the browser sign-in is the one place where every method, the
 * trusted-browser skip and the rollout set-up work, so the answer points there. It comes only
 * after a correct password (as the browser sign-in's code page does), is not counted as a
 * brute-force failure and sends no mail. Users without a second factor get a session marked
 * {@link SecondFactorLevel#NOT_REQUIRED}.
 */
public class DirectGrantSecondFactorAuthenticator implements Authenticator {

    static final DirectGrantSecondFactorAuthenticator SINGLETON = new DirectGrantSecondFactorAuthenticator();

    static final String ERROR = "invalid_grant";
    static final String ERROR_DESCRIPTION = "Second factor required: sign in through the browser";
    static final String EVENT_ERROR = "second_factor_required";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (SecondFactorRequirement.appliesTo(context.getRealm(), user)) {
            context.getEvent().user(user).error(EVENT_ERROR);
            context.forceChallenge(Response.status(Response.Status.BAD_REQUEST)
                    .entity(new OAuth2ErrorRepresentation(ERROR, ERROR_DESCRIPTION))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build());
            return;
        }
        SessionSecondFactor.record(context.getAuthenticationSession(), SecondFactorLevel.NOT_REQUIRED);
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // A direct grant is a single request: nothing comes back to act on.
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Always true: it decides, it never asks the user for anything. */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing to set up
    }

    @Override
    public void close() {
        // Does nothing
    }
}
