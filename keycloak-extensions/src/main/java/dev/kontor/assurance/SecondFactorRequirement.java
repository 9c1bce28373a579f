package dev.kontor.assurance;

import dev.kontor.rollout.RolloutMembership;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * Who must pass a second factor before holding a token: everyone with a method (authenticator app,
 * email code) or recovery codes, and everyone in the 2FA rollout scope.
 */
public final class SecondFactorRequirement {

    private SecondFactorRequirement() {
    }

    public static boolean appliesTo(RealmModel realm, UserModel user) {
        return SecondFactorCredentials.anyHeldBy(user) || RolloutMembership.includes(realm, user);
    }

    /**
     * Whether the session behind a token met the rule: it passed the second factor or a trusted
     * browser, or the user needed none at sign-in and still needs none. A session signed in
     * password-only before the user set up a factor elsewhere does not qualify any more.
     */
    public static boolean isMetBy(RealmModel realm, UserSessionModel userSession, UserModel user) {
        return SessionSecondFactor.of(userSession)
                .map(level -> level != SecondFactorLevel.NOT_REQUIRED || !appliesTo(realm, user))
                .orElse(false);
    }
}
