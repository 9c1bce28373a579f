package dev.kontor.registration;

import dev.kontor.limit.AttemptSlots;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.messages.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keycloak's "Send Reset Email" with a limit on how many reset mails a user, and a mail address,
 * get (1 a minute and 5 an hour by default). Each mail takes a slot per user and per address in
 * Keycloak's cluster-wide single-use store before it is sent, so parallel requests and other nodes
 * count too. Over the limit nothing is sent, and the page is the very same "you should receive an
 * email shortly" that every other answer of the forgot-password form shows; Keycloak's step shows
 * it as well when the mail server fails. Opening the link (the action token) is Keycloak's.
 */
public class ResetMailLimitAuthenticator extends ResetCredentialEmail {

    public static final String PROVIDER_ID = "kontor-reset-credential-email";

    static final String ERROR_LIMITED = "reset_mail_limited";
    private static final String KEY_PREFIX = "kontor-reset-mail:";
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()
                || user.getId().equals(context.getAuthenticationSession().getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID))) {
            // No mail goes out in these cases (or the link was already opened): Keycloak's step answers.
            super.authenticate(context);
            return;
        }
        ResetMailSettings settings = ResetMailSettings.from(config(context.getAuthenticatorConfig()));
        String realmPrefix = KEY_PREFIX + context.getRealm().getId() + ":";
        String address = user.getEmail().trim().toLowerCase(Locale.ROOT);
        List<AttemptSlots> limits = List.of(
                new AttemptSlots(context.getSession(), realmPrefix + "user:" + user.getId() + ":m", settings.perMinute(), MINUTE),
                new AttemptSlots(context.getSession(), realmPrefix + "user:" + user.getId() + ":h", settings.perHour(), HOUR),
                new AttemptSlots(context.getSession(), realmPrefix + "address:" + address + ":m", settings.perMinute(), MINUTE),
                new AttemptSlots(context.getSession(), realmPrefix + "address:" + address + ":h", settings.perHour(), HOUR));
        if (!takeAll(limits)) {
            context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).user(user)
                    .detail(Details.EMAIL, user.getEmail()).error(ERROR_LIMITED);
            context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
            return;
        }
        super.authenticate(context);
    }

    /** Takes one slot of every limit, or none at all. */
    private static boolean takeAll(List<AttemptSlots> limits) {
        List<Integer> taken = new ArrayList<>();
        for (AttemptSlots limit : limits) {
            int slot = limit.take();
            if (slot == AttemptSlots.NONE) {
                for (int i = 0; i < taken.size(); i++) {
                    limits.get(i).giveBack(taken.get(i));
                }
                return false;
            }
            taken.add(slot);
        }
        return true;
    }

    private static Map<String, String> config(AuthenticatorConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ResetMailSettings.properties());
        List<ProviderConfigProperty> keycloaks = super.getConfigProperties();
        if (keycloaks != null) {
            properties.addAll(keycloaks);
        }
        return properties;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getDisplayType() {
        return "Kontor - send reset email (limited)";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's Send Reset Email, with at most N reset mails per user and per mail address a minute and an"
                + " hour; over the limit the page is the same and nothing is sent.";
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
