package dev.kontor.trust;

import dev.kontor.assurance.SecondFactorLevel;
import dev.kontor.assurance.SessionSecondFactor;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Condition - browser not trusted": true, so the conditional second-factor sub-flow runs,
 * unless this browser holds a valid trust cookie of this user whose row still stands, and never
 * when the login leads to removing a credential ({@link CredentialRemovalLogin}).
 */
public class UntrustedBrowserCondition implements ConditionalAuthenticator {

    static final UntrustedBrowserCondition SINGLETON = new UntrustedBrowserCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            // No user, no trust: asking is the safe answer.
            return true;
        }
        if (CredentialRemovalLogin.isUnderway(context.getAuthenticationSession())) {
            return true;
        }
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        TrustSettings settings = TrustSettings.from(config == null ? null : config.getConfig());
        boolean trusted = new TrustedBrowsers(settings.cookiePrefix()).isTrusted(context.getSession(), context.getRealm(), user);
        if (trusted) {
            // The factor is skipped for this browser: that is how this session meets the rule.
            SessionSecondFactor.record(context.getAuthenticationSession(), SecondFactorLevel.TRUSTED_BROWSER);
        }
        return !trusted;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // Not used
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Not used
    }

    @Override
    public void close() {
        // Does nothing
    }
}
