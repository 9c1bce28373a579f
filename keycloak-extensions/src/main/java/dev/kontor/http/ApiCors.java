package dev.kontor.http;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.utils.WebOriginsUtils;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.cors.Cors;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the portal API, decided by the web origins of the realm's clients.
 * <p>
 * A request with a token is answered with Keycloak's own {@link Cors} against the origins in
 * that token (the calling client's web origins). A preflight carries no token, so it is allowed
 * when the origin is a web origin of some enabled client of the realm; unlike Keycloak's own
 * preflight handling, other origins get no CORS headers at all.
 */
public final class ApiCors {

    public static final String ORIGIN = "Origin";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, DPoP";
    static final String EXPOSED_HEADERS = "ETag, Location, WWW-Authenticate";
    static final long MAX_AGE_SECONDS = 3600;

    private final KeycloakSession session;

    public ApiCors(KeycloakSession session) {
        this.session = session;
    }

    /** Answers an {@code OPTIONS} request. */
    public Response preflight(String origin) {
        if (origin == null || origin.isBlank()) {
            return Response.noContent().header("Allow", ALLOWED_METHODS).build();
        }
        if (!realmOrigins().allows(origin)) {
            return Problem.of(Response.Status.FORBIDDEN, "cors_origin_not_allowed",
                    "This origin is not a web origin of any client of the realm.").toResponseBuilder().build();
        }
        return Response.noContent()
                .header(Cors.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(Cors.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .header(Cors.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                .header(Cors.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .header(Cors.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                .header("Vary", ORIGIN)
                .build();
    }

    /** Adds CORS headers for the origins the token's client may call from. */
    public Response forToken(AccessToken token, Response.ResponseBuilder response, String... methods) {
        response.header("Vary", ORIGIN);
        return Cors.builder()
                .auth()
                .allowedMethods(methods)
                .exposedHeaders(EXPOSED_HEADERS.split(", "))
                .checkAllowedOrigins(token)
                .add(response);
    }

    /** For answers without a token (401): readable by any origin a client of the realm may use. */
    public Response forAnyClientOrigin(Response.ResponseBuilder response) {
        String origin = session.getContext().getRequestHeaders().getHeaderString(ORIGIN);
        response.header("Vary", ORIGIN);
        if (origin != null && realmOrigins().allows(origin)) {
            response.header(Cors.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .header(Cors.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                    .header(Cors.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        return response.build();
    }

    private AllowedOrigins realmOrigins() {
        RealmModel realm = session.getContext().getRealm();
        Set<String> origins = session.clients().getClientsStream(realm)
                .filter(ClientModel::isEnabled)
                .flatMap(client -> WebOriginsUtils.resolveValidWebOrigins(session, client).stream())
                .collect(Collectors.toSet());
        return new AllowedOrigins(origins);
    }
}
