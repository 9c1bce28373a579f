package dev.kontor.securitymail;

import java.util.Locale;

/**
 * The security mails Kontor sends after a change to how the customer signs in. The mail's subject
 * and text are the message keys {@code kontorSecurityNotice<Name>Subject} and {@code ...Body} of the
 * {@code kontor} email theme ({@code kontor-security-notice.ftl}).
 */
public enum SecurityNotice {
    SECOND_FACTOR_ON,
    SECOND_FACTOR_OFF,
    SECOND_FACTOR_CHANGED,
    BROWSER_SAVED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** Goes to the previous address: the new one may be an attacker's. */
    EMAIL_CHANGED;

    /** "SECOND_FACTOR_ON" becomes "SecondFactorOn", the middle of its message keys. */
    public String keyPart() {
        StringBuilder part = new StringBuilder();
        for (String word : name().split("_")) {
            part.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return part.toString();
    }

    public String subjectKey() {
        return "kontorSecurityNotice" + keyPart() + "Subject";
    }

    public String bodyKey() {
        return "kontorSecurityNotice" + keyPart() + "Body";
    }
}
