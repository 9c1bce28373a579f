package dev.kontor.http;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Resolves the bearer token of a portal request to a user of the current realm, or ends the
 * request with a 401 problem that still carries CORS headers (so browsers can read it).
 * <p>
 * A valid signature is not enough: the token must be meant for the portal (audience
 * {@value #AUDIENCE}, added by the client scope of the same name, which only the shop and the
 * account console have) and its session must have met the second-factor rule
 * (the {@link SessionRequirement} the router gives, Kontor's second-factor rule), so a token from any other client, grant or flow is
 * refused even if one is issued.
 */
public final class BearerAuth {

    /** The audience of tokens for the portal API. */
    public static final String AUDIENCE = "kontor-portal";

    private final KeycloakSession session;
    private final ApiCors cors;
    private final SessionRequirement requirement;

    public BearerAuth(KeycloakSession session, ApiCors cors, SessionRequirement requirement) {
        this.session = session;
        this.cors = cors;
        this.requirement = requirement;
    }

    public AuthResult authenticate() {
        AuthResult result = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (result == null || result.user() == null || !result.user().isEnabled()) {
            throw unauthorized("unauthorized", "A valid bearer token of a user of this realm is required.");
        }
        if (!result.token().hasAudience(AUDIENCE)) {
            throw unauthorized("token_audience", "The token is not meant for the portal API (audience "
                    + AUDIENCE + "): use a token of the shop or the account console.");
        }
        RealmModel realm = session.getContext().getRealm();
        if (!requirement.isMetBy(realm, result.session(), result.user())) {
            throw unauthorized("second_factor_required",
                    "The session of this token has not passed the second factor: sign in through the browser again.");
        }
        return result;
    }

    private ProblemException unauthorized(String code, String detail) {
        String realm = session.getContext().getRealm().getName();
        String error = "unauthorized".equals(code) ? "" : ", error=\"invalid_token\"";
        Response.ResponseBuilder unauthorized = Problem.of(Response.Status.UNAUTHORIZED, code, detail)
                .toResponseBuilder()
                .header("WWW-Authenticate", "Bearer realm=\"" + realm + "\"" + error);
        return new ProblemException(cors.forAnyClientOrigin(unauthorized));
    }
}
