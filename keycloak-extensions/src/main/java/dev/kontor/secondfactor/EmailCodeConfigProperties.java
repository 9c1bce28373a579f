package dev.kontor.secondfactor;

import java.util.List;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The admin-console form for {@link EmailCodeConfig}, shared by the authenticator and the set-up
 * required action. The defaults shown here are the seed defaults that also apply when no config
 * is saved at all.
 */
final class EmailCodeConfigProperties {

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(EmailCodeConfig.CODE_LENGTH).label("Code length")
            .helpText("Digits per code, 6 to 10. Other values fall back to 6.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_CODE_LENGTH).add()
            .property().name(EmailCodeConfig.CODE_LIFETIME_SECONDS).label("Code lifetime (seconds)")
            .helpText("How long a mailed code is valid, 60 to 600 seconds (NIST SP 800-63B: at most 10 minutes). "
                    + "Larger values are capped at 600.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_CODE_LIFETIME_SECONDS).add()
            .property().name(EmailCodeConfig.MAX_ATTEMPTS).label("Maximum attempts per code")
            .helpText("Wrong entries after which a code is void and a new one must be sent, 1 to 10. "
                    + "Every wrong entry also counts toward the realm's brute-force detection.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_MAX_ATTEMPTS).add()
            .property().name(EmailCodeConfig.RESEND_COOLDOWN_SECONDS).label("Resend cool-down (seconds)")
            .helpText("A new code (\"send a new code\") is sent at the earliest this long after the user's last code mail, "
                    + "across all nodes and logins, 5 to 3600. The first code of a sign-in does not wait for it.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_RESEND_COOLDOWN_SECONDS).add()
            .property().name(EmailCodeConfig.MAX_RESENDS).label("Maximum resends per login")
            .helpText("How often the user may ask for a new code in one login, 0 to 10.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_MAX_RESENDS).add()
            .property().name(EmailCodeConfig.MAX_CODES_PER_WINDOW).label("Maximum code mails per user and period")
            .helpText("At most this many code mails (first codes, new codes and set-up codes) go to one user per period, "
                    + "across all nodes and logins, 1 to 100, so restarting the sign-in cannot flood the mailbox.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_MAX_CODES_PER_WINDOW).add()
            .property().name(EmailCodeConfig.CODE_WINDOW_SECONDS).label("Period of the mail limit (seconds)")
            .helpText("The period of the limit above, 60 to 86400; each mail counts for this long after it was sent.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(EmailCodeConfig.DEFAULT_CODE_WINDOW_SECONDS).add()
            .build();

    private EmailCodeConfigProperties() {
    }
}
