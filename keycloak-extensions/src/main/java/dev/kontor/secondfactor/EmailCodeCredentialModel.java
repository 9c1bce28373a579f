package dev.kontor.secondfactor;

import java.io.IOException;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * The stored marker that a user has chosen email codes as second factor. It holds no secret (the
 * secret is the mailbox); credentialData records the address it was set up for, so admins and
 * audits can see where codes were meant to go.
 */
public class EmailCodeCredentialModel extends CredentialModel {

    public static final String TYPE = "kontor-email-code";

    public static EmailCodeCredentialModel forAddress(String address) {
        EmailCodeCredentialModel model = new EmailCodeCredentialModel();
        model.setType(TYPE);
        model.setUserLabel(address);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setSecretData("{}");
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(Map.of("address", address)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise email-code credential data", e);
        }
        return model;
    }

    public static EmailCodeCredentialModel from(CredentialModel stored) {
        EmailCodeCredentialModel model = new EmailCodeCredentialModel();
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setSecretData(stored.getSecretData());
        model.setCredentialData(stored.getCredentialData());
        model.setFederationLink(stored.getFederationLink());
        return model;
    }

    /** The address the credential was set up for, or {@code null} if the data is missing. */
    public String getAddress() {
        try {
            Map<?, ?> data = JsonSerialization.readValue(getCredentialData(), Map.class);
            Object address = data == null ? null : data.get("address");
            return address == null ? null : address.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
