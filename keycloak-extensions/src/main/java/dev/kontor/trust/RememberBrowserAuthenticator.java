package dev.kontor.trust;

import jakarta.ws.rs.HttpMethod;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Trusts the browser when the user asked for it on the code page, then lets the flow go on.
 * No page of its own: it runs right after the second-factor sub-flow, in the same POST that carried
 * the correct code, and reads the {@value TrustChoice#FORM_PARAMETER} radio group from that form.
 * Only a POST counts, so a link or a reload can never make a browser trusted, and only after a
 * second factor succeeded in this login ({@link SecondFactorPassed}). As the last step of the
 * browser sign-in it also records how the session met the second-factor rule.
 */
public class RememberBrowserAuthenticator implements Authenticator {

    static final RememberBrowserAuthenticator SINGLETON = new RememberBrowserAuthenticator();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        TrustChoice choice = postedChoice(context.getHttpRequest());
        UserModel user = context.getUser();
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        TrustSettings settings = TrustSettings.from(config == null ? null : config.getConfig());
        boolean passed = user != null
                && SecondFactorPassed.inThisLogin(context.getRealm(), context.getAuthenticationSession());
        if (choice != TrustChoice.NONE && passed) {
            TrustedBrowserKind kind = choice == TrustChoice.SAVE ? TrustedBrowserKind.SAVED : TrustedBrowserKind.SKIP;
            TrustedBrowserEntity browser = new TrustedBrowsers(settings.cookiePrefix()).trust(context.getSession(), context.getRealm(), user, kind,
                    settings.lifetimeOf(kind));
            TrustEvents.browserTrusted(context.getEvent().clone().user(user), browser);
        }
        if (user != null) {
            SecondFactorOutcome.record(context, passed);
        }
        context.success();
    }

    private static TrustChoice postedChoice(HttpRequest request) {
        if (request == null || !HttpMethod.POST.equalsIgnoreCase(request.getHttpMethod())) {
            return TrustChoice.NONE;
        }
        return TrustChoice.fromFormValue(request.getDecodedFormParameters().getFirst(TrustChoice.FORM_PARAMETER));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // No form of its own
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Always true: it is a bookkeeping step, never a reason to ask the user for anything. */
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
