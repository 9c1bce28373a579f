package dev.kontor.secondfactor;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Login step "Kontor email code", modelled on Keycloak's OTPFormAuthenticator.
 *
 * <p>A wrong code emits LOGIN_ERROR ({@code invalid_user_credentials}) and ends in
 * {@code failureChallenge(INVALID_CREDENTIALS, …)}, like Keycloak's OTP form. The brute-force
 * detector is told explicitly (see {@link EmailCodeBruteForce} for why Keycloak's own report is
 * dropped for custom categories), so wrong codes count toward the realm's lock-out exactly like
 * wrong TOTP codes. While the user is locked out no code is compared or mailed.
 */
public class EmailCodeAuthenticator implements Authenticator, CredentialValidator<EmailCodeCredentialProvider> {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EmailCodeChallenge challenge = challenge(context);
        EmailCodeForm form = form(context, challenge);
        Optional<PendingCode.Status> pending = challenge.pendingStatus();
        if (pending.isPresent()) {
            // reload or back button: show the page again, never mail again
            form.pending(pending.get());
        } else if (!isLockedOut(context)) {
            form.sent(challenge.sendFirst(), false);
        }
        context.challenge(form.create(EmailCodeForm.LOGIN_TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
        EmailCodeChallenge challenge = challenge(context);
        EmailCodeForm form = form(context, challenge);
        String lockError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser());
        if (lockError != null) {
            // Same text as a wrong code (like Keycloak's OTP form), so the lock-out is not revealed.
            context.getEvent().user(context.getUser()).error(lockError);
            context.forceChallenge(form.fieldError("kontorEmailCodeInvalid").create(EmailCodeForm.LOGIN_TEMPLATE));
            return;
        }
        if (params.containsKey(EmailCodeForm.RESEND_BUTTON)) {
            context.challenge(form.sent(challenge.resend(), true).create(EmailCodeForm.LOGIN_TEMPLATE));
            return;
        }
        VerifyOutcome outcome = challenge.verify(params.getFirst(EmailCodeForm.CODE_FIELD));
        switch (outcome) {
            case VALID -> {
                EmailCodeBruteForce.succeeded(context);
                context.success(EmailCodeCredentialModel.TYPE);
            }
            case WRONG, WRONG_NOW_VOID -> {
                EmailCodeEvents.codeFailed(context.getEvent(), context.getUser());
                EmailCodeBruteForce.failed(context);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                        form.verified(outcome).create(EmailCodeForm.LOGIN_TEMPLATE));
            }
            default -> context.challenge(form.verified(outcome).create(EmailCodeForm.LOGIN_TEMPLATE));
        }
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /**
     * Configured when the user chose email codes and there is an address to send them to: the one
     * the method was set up with ({@link EmailCodeAddress}), whatever the account's address is now.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!getCredentialProvider(session).isConfiguredFor(realm, user)) {
            return false;
        }
        String address = EmailCodeAddress.boundAddress(user);
        return address != null && !address.isBlank();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        var authSession = session.getContext().getAuthenticationSession();
        if (!authSession.getRequiredActions().contains(EmailCodeSetupRequiredActionFactory.PROVIDER_ID)) {
            authSession.addRequiredAction(EmailCodeSetupRequiredActionFactory.PROVIDER_ID);
        }
    }

    @Override
    public List<RequiredActionFactory> getRequiredActions(KeycloakSession session) {
        return List.of((RequiredActionFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RequiredActionProvider.class, EmailCodeSetupRequiredActionFactory.PROVIDER_ID));
    }

    @Override
    public EmailCodeCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (EmailCodeCredentialProvider) session.getProvider(CredentialProvider.class,
                EmailCodeCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public void close() {
    }

    private static boolean isLockedOut(AuthenticationFlowContext context) {
        return AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser()) != null;
    }

    private static EmailCodeChallenge challenge(AuthenticationFlowContext context) {
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        EmailCodeConfig config = EmailCodeConfig.from(model == null ? null : model.getConfig());
        return new EmailCodeChallenge(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), context.getEvent(), config, EmailCodePurpose.LOGIN);
    }

    private static EmailCodeForm form(AuthenticationFlowContext context, EmailCodeChallenge challenge) {
        return new EmailCodeForm(context.form(), challenge.address(), challenge.config());
    }
}
