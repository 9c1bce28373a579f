package dev.kontor.trust;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.UserSessionManager;

import java.util.List;

/**
 * Last step of the forgot-password flow, after the reset link and the user's second factor: a
 * reset is what someone does whose password may be known to others, so everything the old
 * password opened ends here. The user's saved browsers and 24-hour skips are revoked, and all
 * their other sessions (browser and offline) are ended, whatever the "sign out other devices" box on
 * the new-password page says. The session this reset then signs in with is the only one left, and
 * it records how it met the second-factor rule, as the browser sign-in does.
 */
public class ResetEndsTrustAuthenticator implements Authenticator {

    static final ResetEndsTrustAuthenticator SINGLETON = new ResetEndsTrustAuthenticator();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        new TrustedBrowserStore(session).deleteAllForUser(realm.getId(), user.getId());

        // A session of this very browser (the reset started while signed in) is the one the reset continues.
        String thisBrowser = context.getAuthenticationSession().getParentSession().getId();
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user)
                .filter(userSession -> !userSession.getId().equals(thisBrowser)).toList();
        for (UserSessionModel userSession : online) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, context.getUriInfo(),
                    context.getConnection(), context.getHttpRequest().getHttpHeaders(), true);
        }
        UserSessionManager offline = new UserSessionManager(session);
        session.sessions().getOfflineUserSessionsStream(realm, user).toList().forEach(offline::revokeOfflineUserSession);
        // The reset signs the user in: without the note its session's tokens would not open the portal.
        SecondFactorOutcome.record(context, SecondFactorPassed.inThisLogin(realm, context.getAuthenticationSession()));
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
