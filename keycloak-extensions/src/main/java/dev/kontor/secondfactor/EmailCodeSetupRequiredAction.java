package dev.kontor.secondfactor;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Required action {@value EmailCodeSetupRequiredActionFactory#PROVIDER_ID}: proves the user can read
 * mail at the account's address (same code machinery and limits as the login step), then stores
 * the {@value EmailCodeCredentialModel#TYPE} credential. Works as application-initiated action
 * ({@code kc_action=kontor-email-code-setup}, the account console's "Set up"); Keycloak itself
 * handles the template's {@code cancel-aia} button and then calls {@link #initiatedActionCanceled}.
 *
 * <p>Success emits UPDATE_CREDENTIAL with {@code credential_type=kontor-email-code} (Keycloak sends the
 * event once the context reports success, as for its own TOTP set-up).
 */
public class EmailCodeSetupRequiredAction implements RequiredActionProvider {

    /** Event detail: this set-up replaced the user's earlier email-code method. */
    public static final String REPLACED_DETAIL = "kontor_replaced";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Set up on demand only: by the user (AIA), an admin, or an authenticator's setRequiredActions.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        EmailCodeChallenge challenge = challenge(context);
        EmailCodeForm form = new EmailCodeForm(context.form(), challenge.address(), challenge.config());
        if (!hasAddress(context.getUser())) {
            if (!isAppInitiated(context.getAuthenticationSession())) {
                // Nothing to send to: skip for now rather than trap the user on a dead-end page.
                context.ignore();
                return;
            }
            context.challenge(form.error("kontorEmailCodeNoAddress").create(EmailCodeForm.SETUP_TEMPLATE));
            return;
        }
        challenge.pendingStatus().ifPresentOrElse(form::pending, () -> form.sent(challenge.sendFirst(), false));
        context.challenge(form.create(EmailCodeForm.SETUP_TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        EventBuilder event = context.getEvent().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, EmailCodeCredentialModel.TYPE);
        MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
        EmailCodeChallenge challenge = challenge(context);
        EmailCodeForm form = new EmailCodeForm(context.form(), challenge.address(), challenge.config());
        if (!hasAddress(context.getUser())) {
            context.challenge(form.error("kontorEmailCodeNoAddress").create(EmailCodeForm.SETUP_TEMPLATE));
            return;
        }
        if (params.containsKey(EmailCodeForm.RESEND_BUTTON)) {
            context.challenge(form.sent(challenge.resend(), true).create(EmailCodeForm.SETUP_TEMPLATE));
            return;
        }
        VerifyOutcome outcome = challenge.verify(params.getFirst(EmailCodeForm.CODE_FIELD));
        if (outcome == VerifyOutcome.VALID) {
            if (storeCredential(context.getSession(), context)) {
                // read by the security mail: "second factor changed", not "turned on"
                event.detail(REPLACED_DETAIL, "true");
            }
            context.success();
            return;
        }
        if (outcome == VerifyOutcome.WRONG || outcome == VerifyOutcome.WRONG_NOW_VOID) {
            EmailCodeEvents.codeFailed(event, context.getUser());
            EmailCodeBruteForce.failed(context);
        }
        context.challenge(form.verified(outcome).create(EmailCodeForm.SETUP_TEMPLATE));
    }

    @Override
    public void initiatedActionCanceled(KeycloakSession session, AuthenticationSessionModel authSession) {
        new PendingCodeNotes(authSession, EmailCodePurpose.SETUP).clear();
    }

    @Override
    public void close() {
    }

    /**
     * One credential per user, bound to the address just proven; a repeated set-up (after an email
     * change: the confirmation of the new address) replaces the old one.
     *
     * @return whether an earlier email-code method was replaced
     */
    private static boolean storeCredential(KeycloakSession session, RequiredActionContext context) {
        UserModel user = context.getUser();
        EmailCodeCredentialProvider provider = (EmailCodeCredentialProvider) session.getProvider(
                CredentialProvider.class, EmailCodeCredentialProviderFactory.PROVIDER_ID);
        var old = user.credentialManager().getStoredCredentialsByTypeStream(EmailCodeCredentialModel.TYPE).toList();
        old.forEach(credential -> provider.deleteCredential(context.getRealm(), user, credential.getId()));
        provider.createCredential(context.getRealm(), user, EmailCodeCredentialModel.forAddress(user.getEmail()));
        return !old.isEmpty();
    }

    private static boolean hasAddress(UserModel user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    private static boolean isAppInitiated(AuthenticationSessionModel authSession) {
        return authSession.getClientNote(Constants.KC_ACTION_EXECUTING) != null;
    }

    private static EmailCodeChallenge challenge(RequiredActionContext context) {
        RequiredActionConfigModel model = context.getConfig();
        EmailCodeConfig config = EmailCodeConfig.from(model == null ? null : model.getConfig());
        return new EmailCodeChallenge(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), context.getEvent(), config, EmailCodePurpose.SETUP);
    }
}
