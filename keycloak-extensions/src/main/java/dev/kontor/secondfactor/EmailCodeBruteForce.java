package dev.kontor.secondfactor;

import java.util.Set;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Reports email-code results to Keycloak's brute-force detector under the category "otp".
 *
 * <p>Why not rely on {@code failureChallenge} alone: Keycloak 26.7.3 does call
 * {@code AuthenticationProcessor.logFailure} for it, but passes the authenticator's reference
 * category ({@value EmailCodeCredentialModel#TYPE}), and {@code DefaultBruteForceProtector.failedLogin}
 * silently drops every category outside {@code ALLOWED_AUTHENTICATION_CATEGORIES}
 * (password, otp, recovery-authn-codes). That logFailure call is therefore a no-op for us, and
 * this explicit report is the only one: no failure is counted twice.
 *
 * <p>"otp" is the honest category for a one-time code second factor, and it makes wrong email
 * codes count toward both the realm's lock-out and its "max secondary auth failures", exactly like
 * wrong TOTP codes. A correct code clears both counters, as a correct TOTP code does. The reference
 * category itself must stay {@value EmailCodeCredentialModel#TYPE}: the account console links
 * authenticators to credential types through it.
 *
 * <p>Wrong codes of the set-up (required action) count too: they are guesses at a code like any
 * other, and without this a signed-in attacker could guess set-up codes without ever nearing the
 * lock-out. A correct set-up code clears nothing (it is no sign-in).
 */
final class EmailCodeBruteForce {

    private static final Set<String> CATEGORY = Set.of(OTPCredentialModel.TYPE);

    private EmailCodeBruteForce() {
    }

    static void failed(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected()) {
            context.getProtector().failedLogin(realm, context.getUser(), context.getConnection(),
                    context.getUriInfo(), CATEGORY);
        }
    }

    static void failed(RequiredActionContext context) {
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected()) {
            context.getSession().getProvider(BruteForceProtector.class).failedLogin(realm, context.getUser(),
                    context.getConnection(), context.getUriInfo(), CATEGORY);
        }
    }

    static void succeeded(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected()) {
            context.getProtector().successfulLogin(realm, context.getUser(), context.getConnection(),
                    context.getUriInfo(), CATEGORY);
        }
    }
}
