package dev.kontor.secondfactor;

import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * The email-code method is bound to the address it was set up with (kept in the credential data).
 * After the account's address changes, login codes still go to the bound address, never to the new
 * one, until the user confirms the new address with the set-up again: whoever changed the address
 * (a hijacked session, a social-engineered support call) cannot receive codes with it.
 */
public final class EmailCodeAddress {

    private EmailCodeAddress() {
    }

    /** The address login codes go to; the account's address only for credentials without one recorded. */
    public static String boundAddress(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(EmailCodeCredentialModel.TYPE)
                .map(stored -> EmailCodeCredentialModel.from(stored).getAddress())
                .filter(address -> address != null && !address.isBlank())
                .findFirst()
                .orElse(user.getEmail());
    }

    /**
     * The user as Keycloak's mail machinery should see them for one mail: the same person (name,
     * locale), another recipient address.
     */
    public static UserModel withAddress(UserModel user, String address) {
        if (address == null || address.equals(user.getEmail())) {
            return user;
        }
        return new UserModelDelegate(user) {
            @Override
            public String getEmail() {
                return address;
            }
        };
    }
}
