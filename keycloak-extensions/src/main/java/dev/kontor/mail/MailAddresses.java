package dev.kontor.mail;

import java.net.IDN;

import org.keycloak.email.EmailException;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Checks an address and puts it in the form the SMTP server can take: without SMTPUTF8
 * ({@code allowutf8} off) the domain becomes punycode and the local part must be ASCII.
 */
final class MailAddresses {

    private MailAddresses() {
    }

    /**
     * @param maxLocalPartLength the server's limit ({@code spi-user-profile-declarative-user-profile-max-email-local-part-length}),
     *                           read once by the factory: Keycloak's one-argument check reads the configuration on every call
     */
    static String forSmtp(String address, boolean allowUtf8, String role, int maxLocalPartLength) throws EmailException {
        if (address == null || address.isBlank()) {
            throw new EmailException("No " + role + " address given");
        }
        String converted = EmailValidationUtil.isValidEmail(address, maxLocalPartLength) ? convert(address, allowUtf8) : null;
        if (converted == null) {
            throw new EmailException(String.format("Invalid %s address '%s'. An address with UTF-8 characters in the local part"
                    + " needs an SMTP server with SMTPUTF8 and 'Allow UTF-8' in the realm's email settings.", role, address));
        }
        return converted;
    }

    private static String convert(String address, boolean allowUtf8) {
        if (allowUtf8) {
            return address;
        }
        int at = address.lastIndexOf('@');
        String ascii;
        try {
            ascii = address.substring(0, at) + '@' + IDN.toASCII(address.substring(at + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ascii.chars().allMatch(c -> c < 128) ? ascii : null;
    }
}
