package dev.kontor.http;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * What the session behind a bearer token must have met, beyond a valid signature and audience
 * (e.g. the second factor). Given to {@link BearerAuth} by the router, so this package knows no
 * sign-in rule itself.
 */
@FunctionalInterface
public interface SessionRequirement {

    boolean isMetBy(RealmModel realm, UserSessionModel session, UserModel user);
}
