package dev.kontor.trust;

import dev.kontor.assurance.SecondFactorLevel;
import dev.kontor.assurance.SecondFactorRequirement;
import dev.kontor.assurance.SessionSecondFactor;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * Records, at the end of a Kontor sign-in (browser login, password reset), how the session met the
 * second-factor rule, for the portal API (see {@link SessionSecondFactor}). A trusted browser is
 * recorded where it is decided, by {@link UntrustedBrowserCondition}, so the trust row is read once
 * per login. A user who must pass a factor but neither passed one nor has a trusted browser gets no
 * note, so a flow misconfigured to skip the factor still yields no token the portal accepts.
 */
final class SecondFactorOutcome {

    private SecondFactorOutcome() {
    }

    static void record(AuthenticationFlowContext context, boolean passed) {
        if (passed) {
            SessionSecondFactor.record(context.getAuthenticationSession(), SecondFactorLevel.PASSED);
        } else if (!SecondFactorRequirement.appliesTo(context.getRealm(), context.getUser())) {
            SessionSecondFactor.record(context.getAuthenticationSession(), SecondFactorLevel.NOT_REQUIRED);
        }
    }
}
