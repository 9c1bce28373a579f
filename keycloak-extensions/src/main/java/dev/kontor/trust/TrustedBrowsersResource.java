package dev.kontor.trust;

import dev.kontor.portal.PageRequest;
import dev.kontor.portal.PortalAuthenticator;
import dev.kontor.portal.PortalCors;
import dev.kontor.portal.Problem;
import dev.kontor.portal.ProblemException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/portal/trusted-browsers}: the signed-in customer's trusted browsers
 * (saved browsers and 24-hour skips).
 * Authentication, CORS and problem documents are the portal's; the rules are in
 * {@link CustomerTrustedBrowsers}.
 */
public class TrustedBrowsersResource {

    private final KeycloakSession session;
    private final PortalCors cors;

    public TrustedBrowsersResource(KeycloakSession session, PortalCors cors) {
        this.session = session;
        this.cors = cors;
    }

    /** Saved browsers and running 24-hour skips, newest first; {@code max} is capped at 100. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
        AuthResult auth = new PortalAuthenticator(session, cors).authenticate();
        PageRequest pageRequest;
        try {
            pageRequest = PageRequest.of(first, max);
        } catch (PageRequest.InvalidPageRequest e) {
            throw new ProblemException(cors.forToken(auth.token(), e.problem().toResponseBuilder(), "GET", "DELETE"));
        }
        TrustedBrowserRepresentation.Page page = browsers(auth).list(pageRequest.first(), pageRequest.max());
        return cors.forToken(auth.token(), Response.ok(page, MediaType.APPLICATION_JSON_TYPE), "GET", "DELETE");
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        AuthResult auth = new PortalAuthenticator(session, cors).authenticate();
        if (!browsers(auth).delete(id)) {
            Problem notFound = Problem.of(Response.Status.NOT_FOUND, "trusted_browser_not_found",
                    "You have no trusted browser with this id.");
            throw new ProblemException(cors.forToken(auth.token(), notFound.toResponseBuilder(), "GET", "DELETE"));
        }
        return cors.forToken(auth.token(), Response.noContent(), "GET", "DELETE");
    }

    /** Deletes every saved browser and ends every running 24-hour skip of the customer. */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteAll() {
        AuthResult auth = new PortalAuthenticator(session, cors).authenticate();
        TrustedBrowserRepresentation.Deleted deleted = new TrustedBrowserRepresentation.Deleted(browsers(auth).deleteAll());
        return cors.forToken(auth.token(), Response.ok(deleted, MediaType.APPLICATION_JSON_TYPE), "GET", "DELETE");
    }

    /** Preflights: this sub-resource wins the path match over the portal's catch-all OPTIONS. */
    @OPTIONS
    public Response preflight(@HeaderParam(PortalCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflightBelow(@HeaderParam(PortalCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }

    private CustomerTrustedBrowsers browsers(AuthResult auth) {
        return new CustomerTrustedBrowsers(session, session.getContext().getRealm(), auth.user(), auth.client());
    }
}
