package dev.kontor.secondfactor;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers credential type {@value EmailCodeCredentialModel#TYPE} (one provider per session, stateless). */
public class EmailCodeCredentialProviderFactory implements CredentialProviderFactory<EmailCodeCredentialProvider> {

    public static final String PROVIDER_ID = EmailCodeCredentialModel.TYPE;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public EmailCodeCredentialProvider create(KeycloakSession session) {
        return new EmailCodeCredentialProvider(session);
    }
}
