package dev.kontor.trust;

/**
 * Decides whether a decoded trust token and its row let this user skip the second factor.
 * {@code TokenManager.decode} only checks the signature, so every claim is checked here. Pure on
 * purpose: the rules are tested without a server.
 */
public final class TrustTokenCheck {

    private TrustTokenCheck() {
    }

    /**
     * The token's own claims: ours ({@code typ}), for this realm and user, naming a row and a
     * kind, not expired. A {@code null} token (bad signature, garbage) is never accepted.
     */
    public static boolean accepts(TrustToken token, String realmId, String userId, long nowSeconds) {
        return token != null
                && TrustToken.TYPE.equals(token.getType())
                && realmId.equals(token.getRealmId())
                && userId.equals(token.getSubject())
                && token.getId() != null
                && TrustedBrowserKind.fromClaim(token.getKind()) != null
                && token.getExp() != null
                && nowSeconds < token.getExp();
    }

    /**
     * The server-side half: the row still exists (deleting it revokes the cookie), belongs to the
     * same realm and user, has the token's kind and has not expired.
     */
    public static boolean acceptsRow(TrustToken token, TrustedBrowserEntity row, long now) {
        return row != null
                && row.getId().equals(token.getId())
                && row.getRealmId().equals(token.getRealmId())
                && row.getUserId().equals(token.getSubject())
                && row.getKind() == TrustedBrowserKind.fromClaim(token.getKind())
                && TrustLifetime.isActive(row.getExpiresAt(), now);
    }
}
