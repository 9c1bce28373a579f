package dev.kontor.admin;

import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import dev.kontor.trust.CustomerTrustedBrowsers;
import dev.kontor.trust.TrustedBrowserRepresentation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/portal/users/{userId}/second-factor}: what an admin needs when a
 * customer lost their phone or mailbox. Viewing needs view-users, resetting needs manage-users
 * (or the fine-grained equivalents for this user); a reset is recorded as an admin event.
 */
public class SecondFactorAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SecondFactorAdminResource(KeycloakSession session, RealmModel realm, UserModel user,
                              AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** {@code ?first=&max=} page the saved browsers (20 by default, at most 100). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SecondFactorStatus get(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView(user);
        return SecondFactorStatus.of(session, realm, user, PageRequest.of(first, max));
    }

    /**
     * {@code GET .../second-factor/browsers}: the user's saved browsers and running 24-hour skips
     * (what the admin console's per-customer page lists, one page at a time).
     */
    @GET
    @Path("browsers")
    @Produces(MediaType.APPLICATION_JSON)
    public TrustedBrowserRepresentation.Page browsers(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView(user);
        PageRequest page = PageRequest.of(first, max);
        return browsers().list(page.first(), page.max());
    }

    /** Deletes one saved browser or skip: that browser is asked for the second factor again, on every node. */
    @DELETE
    @Path("browsers/{browserId}")
    public Response deleteBrowser(@PathParam("browserId") String browserId) {
        auth.users().requireManage(user);
        if (browserId.length() > 36 || !browsers().delete(browserId)) {
            throw ProblemException.notFound("browser_not_found", "This user has no such saved browser.");
        }
        adminEvent.operation(OperationType.DELETE).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }

    /** Deletes all of them, the second-factor credentials stay. */
    @DELETE
    @Path("browsers")
    @Produces(MediaType.APPLICATION_JSON)
    public TrustedBrowserRepresentation.Deleted deleteBrowsers() {
        auth.users().requireManage(user);
        TrustedBrowserRepresentation.Deleted deleted = new TrustedBrowserRepresentation.Deleted(browsers().deleteAll());
        adminEvent.operation(OperationType.DELETE).resourcePath(session.getContext().getUri()).representation(deleted).success();
        return deleted;
    }

    /** The user's own rules for their browsers; its user events name the user, the admin event names the admin. */
    private CustomerTrustedBrowsers browsers() {
        return new CustomerTrustedBrowsers(session, realm, user, null);
    }

    /** Removes every second-factor credential and every trusted browser of the user. */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public SecondFactorReset.Result reset() {
        auth.users().requireManage(user);
        SecondFactorReset.Result result = new SecondFactorReset(session, realm).reset(user);
        adminEvent.operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .representation(result)
                .success();
        return result;
    }
}
