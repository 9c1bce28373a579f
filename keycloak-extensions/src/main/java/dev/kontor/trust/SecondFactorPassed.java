package dev.kontor.trust;

import dev.kontor.secondfactor.EmailCodeAuthenticatorFactory;
import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticatorFactory;
import org.keycloak.authentication.authenticators.browser.RecoveryAuthnCodesFormAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.CommonClientSessionModel.ExecutionStatus;

import java.util.Set;

/**
 * Whether a second factor succeeded in this login. The remember step sits after the (optional)
 * second-factor sub-flow, so it also runs for password-only logins; without this check a crafted
 * password POST carrying {@code kontor-trust=save} would trust a browser no code ever vouched for.
 */
final class SecondFactorPassed {

    /** Authenticators that prove a second factor: Keycloak's TOTP and recovery codes, Kontor's email code. */
    static final Set<String> SECOND_FACTOR_AUTHENTICATORS =
            Set.of(OTPFormAuthenticatorFactory.PROVIDER_ID, EmailCodeAuthenticatorFactory.PROVIDER_ID,
                    RecoveryAuthnCodesFormAuthenticatorFactory.PROVIDER_ID);

    private SecondFactorPassed() {
    }

    static boolean inThisLogin(RealmModel realm, AuthenticationSessionModel authSession) {
        return authSession.getExecutionStatus().entrySet().stream()
                .filter(status -> status.getValue() == ExecutionStatus.SUCCESS)
                .map(status -> realm.getAuthenticationExecutionById(status.getKey()))
                .anyMatch(execution -> execution != null && isSecondFactor(execution));
    }

    private static boolean isSecondFactor(AuthenticationExecutionModel execution) {
        return !execution.isAuthenticatorFlow() && SECOND_FACTOR_AUTHENTICATORS.contains(execution.getAuthenticator());
    }
}
