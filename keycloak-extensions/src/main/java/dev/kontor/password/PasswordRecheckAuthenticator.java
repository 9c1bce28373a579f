package dev.kontor.password;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PolicyError;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * REG-6: stricter rules for existing passwords. Placed right after the username/password form:
 * the form's POST carries on into this step in the same request, so the plaintext the user
 * just typed is still in the request's form parameters. It is checked against the realm's
 * current policy ({@link PasswordRecheck}) and never stored; only the broken rule is kept,
 * in an authentication-session note.
 * <p>
 * A password that breaks a rule leads to {@link PolicyPasswordUpdateRequiredAction} (Keycloak's
 * own password update, with the reason shown). With grace logins configured the user may first
 * postpone that a number of times, on the page {@value #TEMPLATE}.
 */
public class PasswordRecheckAuthenticator implements Authenticator {

    static final String TEMPLATE = "kontor-password-outdated.ftl";
    static final String VIOLATION_NOTE = "kontor.password.violation";
    static final String PASSWORD_PARAM = "password";
    static final String CHOICE_PARAM = "choice";
    static final String CHOICE_LATER = "later";
    static final String KONTOR_ACTION = "kontor_action";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        PasswordRecheckConfig config = PasswordRecheckConfig.from(context.getAuthenticatorConfig());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        if (!config.enabled() || user == null) {
            context.success();
            return;
        }
        PolicyViolation violation = PolicyViolation.fromNote(authSession.getAuthNote(VIOLATION_NOTE));
        if (violation == null) {
            String typed = typedPassword(context);
            if (typed == null) {
                // not a password login (or not in this request): nothing to check
                context.success();
                return;
            }
            PolicyError error = PasswordRecheck.firstViolation(context.getSession(), context.getRealm(), user, typed);
            if (error == null) {
                PostponedUpdates.clear(user);
                context.success();
                return;
            }
            violation = PolicyViolation.of(error);
            authSession.setAuthNote(VIOLATION_NOTE, violation.toNote());
        }
        decide(context, config, violation);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        PasswordRecheckConfig config = PasswordRecheckConfig.from(context.getAuthenticatorConfig());
        PolicyViolation violation = PolicyViolation.fromNote(context.getAuthenticationSession().getAuthNote(VIOLATION_NOTE));
        if (violation == null) {
            context.success();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        UserModel user = context.getUser();
        if (CHOICE_LATER.equals(form.getFirst(CHOICE_PARAM)) && remainingGrace(config, user) > 0) {
            PostponedUpdates.increment(user);
            event(context, violation, "password_update_postponed");
            context.getAuthenticationSession().removeAuthNote(VIOLATION_NOTE);
            context.success();
            return;
        }
        force(context, violation);
    }

    private static void decide(AuthenticationFlowContext context, PasswordRecheckConfig config, PolicyViolation violation) {
        int remaining = remainingGrace(config, context.getUser());
        if (remaining <= 0) {
            force(context, violation);
            return;
        }
        context.challenge(context.form()
                .setAttribute("kontorPasswordRule", RuleMessages.format(context.getSession(), context.getRealm(), context.getUser(), violation))
                .setAttribute("kontorGraceRemaining", remaining)
                .createForm(TEMPLATE));
    }

    private static int remainingGrace(PasswordRecheckConfig config, UserModel user) {
        return config.graceLogins() - PostponedUpdates.count(user);
    }

    /**
     * The update happens in this login; the violation note stays for the update page's message.
     * A user who must update the password anyway (admin request, temporary password) gets only
     * Keycloak's page, not two password pages in a row.
     */
    private static void force(AuthenticationFlowContext context, PolicyViolation violation) {
        if (!passwordUpdatePending(context)) {
            context.getAuthenticationSession().addRequiredAction(PolicyPasswordUpdateRequiredAction.PROVIDER_ID);
        }
        event(context, violation, "password_update_forced");
        context.success();
    }

    private static boolean passwordUpdatePending(AuthenticationFlowContext context) {
        String updatePassword = UserModel.RequiredAction.UPDATE_PASSWORD.name();
        return context.getUser().getRequiredActionsStream().anyMatch(updatePassword::equals)
                || context.getAuthenticationSession().getRequiredActions().contains(updatePassword);
    }

    private static void event(AuthenticationFlowContext context, PolicyViolation violation, String action) {
        context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(context.getUser())
                .detail(Details.CUSTOM_REQUIRED_ACTION, PolicyPasswordUpdateRequiredAction.PROVIDER_ID)
                .detail(Details.REASON, violation.messageKey())
                .detail(KONTOR_ACTION, action)
                .success();
    }

    /** The password of the username/password form, if that form was validated and posted in this request. */
    private static String typedPassword(AuthenticationFlowContext context) {
        if (!AuthenticatorUtil.isPasswordValidated(context.getAuthenticationSession())
                || !"POST".equalsIgnoreCase(context.getHttpRequest().getHttpMethod())) {
            return null;
        }
        String password = context.getHttpRequest().getDecodedFormParameters().getFirst(PASSWORD_PARAM);
        return password == null || password.isEmpty() ? null : password;
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
