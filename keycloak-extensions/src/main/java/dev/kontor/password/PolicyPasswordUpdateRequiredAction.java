package dev.kontor.password;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.requiredactions.UpdatePassword;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.forms.login.MessageType;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Update password (Kontor: rules changed)": Keycloak's own UPDATE_PASSWORD, same page
 * ({@code login-update-password.ftl}), same checks, same events, with one addition: the page
 * says which rule the current password breaks. Keycloak's action cannot be handed a message
 * (its page shows a fixed one), hence this thin wrapper that delegates everything else to
 * {@link UpdatePassword}. It is only ever added to a login's authentication session by
 * {@link PasswordRecheckAuthenticator}, never stored on the user.
 */
public class PolicyPasswordUpdateRequiredAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "kontor-password-policy-update";
    static final String REASON_MESSAGE = "kontorPasswordPolicyUpdateMessage";

    private final UpdatePassword keycloakUpdatePassword = new UpdatePassword();

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.NOT_SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        PolicyViolation violation = PolicyViolation.fromNote(authSession.getAuthNote(PasswordRecheckAuthenticator.VIOLATION_NOTE));
        LoginFormsProvider form = context.form()
                .setAttribute("username", authSession.getAuthenticatedUser().getUsername());
        if (violation != null) {
            String rule = RuleMessages.format(context.getSession(), context.getRealm(), context.getUser(), violation);
            form.setMessage(MessageType.WARNING, REASON_MESSAGE, rule);
        }
        context.challenge(form.createResponse(UserModel.RequiredAction.UPDATE_PASSWORD));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        keycloakUpdatePassword.processAction(context);
        if (context.getStatus() == RequiredActionContext.Status.SUCCESS) {
            context.getAuthenticationSession().removeAuthNote(PasswordRecheckAuthenticator.VIOLATION_NOTE);
            PostponedUpdates.clear(context.getUser());
        }
    }

    @Override
    public void close() {
    }
}
