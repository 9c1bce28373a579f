package dev.kontor.secondfactor;

import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Credential type {@value EmailCodeCredentialModel#TYPE}, modelled on Keycloak's
 * OTPCredentialProvider. The metadata (TWO_FACTOR, create action, removeable) is what lets the
 * stock account console list it on "Signing in" with set-up/remove, and the admin console's
 * Credentials tab show and delete it.
 *
 * <p>It implements {@link CredentialInputValidator} because Keycloak's credential manager asks
 * validators whether a user "is configured for" a type. It never validates input itself: the
 * one-time code lives in the authentication session, and {@link EmailCodeAuthenticator} checks it.
 */
public class EmailCodeCredentialProvider implements CredentialProvider<EmailCodeCredentialModel>, CredentialInputValidator {

    private final KeycloakSession session;

    public EmailCodeCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return EmailCodeCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, EmailCodeCredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public EmailCodeCredentialModel getCredentialFromModel(CredentialModel model) {
        return EmailCodeCredentialModel.from(model);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType)
                && user.credentialManager().getStoredCredentialsByTypeStream(credentialType).findAny().isPresent();
    }

    public boolean isConfiguredFor(RealmModel realm, UserModel user) {
        return isConfiguredFor(realm, user, getType());
    }

    /** Always false: see the class comment. */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        return false;
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("kontorEmailCodeDisplayName")
                .helpText("kontorEmailCodeHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .createAction(EmailCodeSetupRequiredActionFactory.PROVIDER_ID)
                .removeable(true)
                .build(session);
    }
}
