package dev.kontor.password;

import dev.kontor.http.ApiCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@code GET /realms/{realm}/portal/password-policy}: the realm's password rules, public (they
 * are shown on the registration and password pages anyway), for the live check on those pages
 * and for shops that build their own forms.
 */
public class PasswordRulesResource {

    private final KeycloakSession session;
    private final ApiCors cors;

    public PasswordRulesResource(KeycloakSession session, ApiCors cors) {
        this.session = session;
        this.cors = cors;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response rules() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return cors.forAnyClientOrigin(Response.ok(PasswordRules.of(session.getContext().getRealm().getPasswordPolicy()),
                MediaType.APPLICATION_JSON_TYPE).cacheControl(cache));
    }
}
