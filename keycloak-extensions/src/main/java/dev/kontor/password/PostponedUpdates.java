package dev.kontor.password;

import org.keycloak.models.UserModel;

/**
 * How many logins a user has already postponed updating a password that breaks the rules,
 * kept in the user attribute {@value #ATTRIBUTE} (an unmanaged attribute: not on the user's
 * profile forms). Removed once the user signs in with a password that meets the rules.
 */
final class PostponedUpdates {

    static final String ATTRIBUTE = "kontorPasswordUpdatesPostponed";

    private PostponedUpdates() {
    }

    static int count(UserModel user) {
        String value = user.getFirstAttribute(ATTRIBUTE);
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void increment(UserModel user) {
        user.setSingleAttribute(ATTRIBUTE, String.valueOf(count(user) + 1));
    }

    static void clear(UserModel user) {
        if (user.getFirstAttribute(ATTRIBUTE) != null) {
            user.removeAttribute(ATTRIBUTE);
        }
    }
}
