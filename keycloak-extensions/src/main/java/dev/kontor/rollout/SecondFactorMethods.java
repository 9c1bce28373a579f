package dev.kontor.rollout;

import dev.kontor.secondfactor.EmailCodeCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

import java.util.List;

/**
 * The credential types that count as "has a second factor" for Kontor: Keycloak's own TOTP and
 * Kontor's email code. Recovery codes alone do not count: they are a fallback, not a method.
 */
public final class SecondFactorMethods {

    public static final List<String> CREDENTIAL_TYPES = List.of(OTPCredentialModel.TYPE, EmailCodeCredentialModel.TYPE);

    private SecondFactorMethods() {
    }

    public static boolean hasAny(UserModel user) {
        return CREDENTIAL_TYPES.stream().anyMatch(type -> user.credentialManager().isConfiguredFor(type));
    }
}
