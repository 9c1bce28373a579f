package dev.kontor.portal;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Resolves the bearer token of a portal request to a user of the current realm, or ends the
 * request with a 401 problem that still carries CORS headers (so browsers can read it).
 */
public final class PortalAuthenticator {

    private final KeycloakSession session;
    private final PortalCors cors;

    public PortalAuthenticator(KeycloakSession session, PortalCors cors) {
        this.session = session;
        this.cors = cors;
    }

    public AuthResult authenticate() {
        AuthResult result = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (result == null || result.user() == null || !result.user().isEnabled()) {
            String realm = session.getContext().getRealm().getName();
            Response.ResponseBuilder unauthorized = Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                            "A valid bearer token of a user of this realm is required.")
                    .toResponseBuilder()
                    .header("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
            throw new ProblemException(cors.forAnyClientOrigin(unauthorized));
        }
        return result;
    }
}
