package dev.kontor.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Formats a broken rule's message in the user's language, with the login theme's messages. */
final class RuleMessages {

    private RuleMessages() {
    }

    static String format(KeycloakSession session, RealmModel realm, UserModel user, PolicyViolation violation) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern = violation.messageKey();
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(violation.messageKey(), violation.messageKey());
        } catch (IOException e) {
            // the key itself is still better than no reason at all
        }
        return new MessageFormat(pattern, locale).format(violation.parameterArray());
    }
}
