package dev.kontor.password;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyConfigException;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

import java.util.List;

/**
 * Rejects passwords that contain the user's first name, last name (or company name) or a word
 * of their email's local part, when that part has at least the policy's value of characters
 * (default 3, so "Li" never blocks anything). Keycloak's own notUsername/notEmail only reject
 * the exact username or email.
 * <p>
 * At registration the user does not exist yet and Keycloak passes only the username: the names
 * are then taken from the registration form being submitted ({@code firstName}, {@code lastName}).
 */
public class NotNamePasswordPolicyProvider implements PasswordPolicyProvider {

    public static final String ERROR_MESSAGE = "kontorPasswordNotNameMessage";
    static final int DEFAULT_MIN_LENGTH = 3;

    private final KeycloakSession session;

    public NotNamePasswordPolicyProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return check(realm, password, user.getFirstName(), user.getLastName(), NameParts.localPart(user.getEmail()));
    }

    @Override
    public PolicyError validate(String username, String password) {
        MultivaluedMap<String, String> form = submittedForm();
        return check(session.getContext().getRealm(), password, form.getFirst("firstName"), form.getFirst("lastName"),
                NameParts.localPart(username));
    }

    private static PolicyError check(RealmModel realm, String password, String... names) {
        if (password == null) {
            return null;
        }
        Integer configured = realm.getPasswordPolicy().getPolicyConfig(NotNamePasswordPolicyProviderFactory.ID);
        int minLength = configured == null ? DEFAULT_MIN_LENGTH : configured;
        List<String> parts = NameParts.of(minLength, names);
        return NameParts.containedIn(password, parts) != null ? new PolicyError(ERROR_MESSAGE, minLength) : null;
    }

    private MultivaluedMap<String, String> submittedForm() {
        HttpRequest request = session.getContext().getHttpRequest();
        if (request == null || request.getHttpHeaders() == null
                || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getHttpHeaders().getMediaType())) {
            return new jakarta.ws.rs.core.MultivaluedHashMap<>();
        }
        return request.getDecodedFormParameters();
    }

    @Override
    public Object parseConfig(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MIN_LENGTH;
        }
        try {
            int minLength = Integer.parseInt(value.trim());
            if (minLength < 1) {
                throw new PasswordPolicyConfigException("The minimum name length must be at least 1");
            }
            return minLength;
        } catch (NumberFormatException e) {
            throw new PasswordPolicyConfigException("Not a valid number");
        }
    }

    @Override
    public void close() {
    }
}
