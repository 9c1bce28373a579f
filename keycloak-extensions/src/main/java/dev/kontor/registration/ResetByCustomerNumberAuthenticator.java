package dev.kontor.registration;

import dev.kontor.customer.CustomerAttributes;
import dev.kontor.customer.CustomerNumbers;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Forgot password by customer number (REG-4), in place of Keycloak's "Choose User" in the realm's
 * reset-credentials flow. The customer enters their customer number and the email address of
 * their login; only when both belong to one enabled account is that user chosen, so the next step
 * ("Send Reset Email") mails a link. Otherwise no user is chosen and that step shows the very same
 * "you should receive an email shortly" page without mailing anything: the answer never tells
 * whether an address or number is known. Everything before the form (SSO session, action token,
 * broker re-authentication) is Keycloak's own behaviour.
 */
public class ResetByCustomerNumberAuthenticator extends ResetCredentialChooseUser {

    public static final String PROVIDER_ID = "kontor-reset-choose-customer";

    static final String FIELD_NUMBER = "kontorCustomerNumber";
    static final String FIELD_EMAIL = "username";

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String typedNumber = form.getFirst(FIELD_NUMBER);
        String email = form.getFirst(FIELD_EMAIL) == null ? "" : form.getFirst(FIELD_EMAIL).trim();
        String number = CustomerNumbers.clean(typedNumber);

        // Only the shape of the input is reported, never whether it is known.
        if (email.isEmpty() || number == null) {
            context.getEvent().error(email.isEmpty() ? Errors.USERNAME_MISSING : "customer_number_invalid");
            var page = context.form();
            if (number == null) {
                page.addError(new FormMessage(FIELD_NUMBER, typedNumber == null || typedNumber.isBlank()
                        ? "kontorCustomerNumberMissing" : "kontorCustomerNumberInvalid"));
            }
            if (email.isEmpty()) {
                page.addError(new FormMessage(FIELD_EMAIL, "missingEmailMessage"));
            }
            page.setAttribute("kontorCustomerNumberValue", typedNumber == null ? "" : typedNumber);
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, email);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, page.createPasswordReset());
            return;
        }

        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, email);
        UserModel user = context.getSession().users().getUserByEmail(context.getRealm(), email);
        boolean numberMatches = user != null && sameNumber(user.getFirstAttribute(CustomerAttributes.CUSTOMER_NUMBER), number);

        if (user == null || !numberMatches || !user.isEnabled()) {
            var event = context.getEvent().clone().detail(Details.USERNAME, email).detail("customer_number", number);
            if (user != null) {
                event.user(user);
            }
            event.error(user == null ? Errors.USER_NOT_FOUND : !numberMatches ? "customer_number_mismatch" : Errors.USER_DISABLED);
            context.clearUser();
        } else {
            context.getAuthenticationSession().setAuthNote(RESET_CREDENTIAL_USER_CHOSEN, "true");
            context.setUser(user);
        }
        context.success();
    }

    private static boolean sameNumber(String stored, String typed) {
        return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getDisplayType() {
        return "Kontor - choose user by customer number and email";
    }

    @Override
    public String getHelpText() {
        return "Forgot password: the user enters customer number and email; a reset link is mailed only if both"
                + " belong to one account, and the page answers the same either way.";
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
