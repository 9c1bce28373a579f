package dev.kontor.trust;

/**
 * Why a browser may skip the second factor: {@link #SKIP} for a limited time after a code
 * (24 hours by default), {@link #SAVED} because the user saved it (until deleted, by default).
 * The customer's list shows both (a skip with its end); "delete all" ends both.
 */
public enum TrustedBrowserKind {
    SAVED,
    SKIP;

    /** The kind named in a token claim, or {@code null} when the claim is not one of ours. */
    public static TrustedBrowserKind fromClaim(String claim) {
        for (TrustedBrowserKind kind : values()) {
            if (kind.name().equals(claim)) {
                return kind;
            }
        }
        return null;
    }
}
