package dev.kontor.account;

import dev.kontor.http.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;

/**
 * Closes Keycloak's deprecated {@code DELETE /realms/{realm}/account[/{version}]/credentials/{id}}.
 * That endpoint removes a credential with nothing but an access token of any age; Kontor's realm
 * has no level-of-authentication steps, so Keycloak's own check there always passes. Removing a
 * sign-in method must go through Keycloak's {@code delete_credential} action instead, which signs
 * the user in again (max_auth_age 0) with the second factor itself: a trusted browser does not
 * count there (see {@code UntrustedBrowserCondition}).
 */
@Provider
public class CredentialRemovalGuard implements ContainerRequestFilter {

    static final String CODE = "reauthentication_required";

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.DELETE.equalsIgnoreCase(request.getMethod())
                && isAccountCredentialPath(request.getUriInfo().getPath())) {
            Problem problem = Problem.of(Response.Status.FORBIDDEN, CODE,
                    "Removing a sign-in method needs a fresh sign-in: use the delete_credential action.");
            request.abortWith(problem.toResponseBuilder().build());
        }
    }

    /**
     * realms/{realm}/account/…/credentials/…, in the path as RESTEasy decoded it (once), with empty
     * segments (double slashes) and matrix parameters ignored. The path is split here rather than
     * taken from {@code getPathSegments()}: those decode a second time, so an id such as {@code %25}
     * would end any DELETE with a 500, and RESTEasy Reactive has no encoded segments.
     */
    static boolean isAccountCredentialPath(String decodedPath) {
        List<String> parts = Arrays.stream(decodedPath.split("/"))
                .map(segment -> segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment)
                .filter(part -> !part.isEmpty()).toList();
        return parts.size() > 3 && "realms".equals(parts.get(0)) && "account".equals(parts.get(2))
                && parts.subList(3, parts.size()).contains("credentials");
    }
}
