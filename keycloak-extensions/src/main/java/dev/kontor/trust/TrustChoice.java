package dev.kontor.trust;

/**
 * What the user chose on the code page in the radio group {@value #FORM_PARAMETER}: ask again
 * next time, skip the code on this browser for a while, or save the browser.
 */
public enum TrustChoice {
    NONE,
    SKIP,
    SAVE;

    public static final String FORM_PARAMETER = "kontor-trust";

    /** Anything but {@code skip} or {@code save} means no trust: cookies need a clear yes. */
    public static TrustChoice fromFormValue(String value) {
        if ("skip".equals(value)) {
            return SKIP;
        }
        if ("save".equals(value)) {
            return SAVE;
        }
        return NONE;
    }
}
