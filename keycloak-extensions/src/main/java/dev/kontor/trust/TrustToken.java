package dev.kontor.trust;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.TokenCategory;
import org.keycloak.representations.JsonWebToken;

/**
 * The value of a trust cookie: {@code jti} = row id, {@code sub} = user id, plus the realm id and
 * the kind. Signed with the realm's internal HMAC key; it proves who the server issued it to,
 * while the row it names decides whether the trust still stands.
 */
public class TrustToken extends JsonWebToken {

    /** Our {@code typ}, so no other token signed by the realm passes as a trust token. */
    public static final String TYPE = "kontor-trusted-browser";

    @JsonProperty("realm_id")
    private String realmId;

    @JsonProperty("kind")
    private String kind;

    public static TrustToken issue(String browserId, String realmId, String userId, TrustedBrowserKind kind,
                                   long nowSeconds, long expirySeconds) {
        TrustToken token = new TrustToken();
        token.id(browserId);
        token.subject(userId);
        token.type(TYPE);
        token.iat(nowSeconds);
        token.exp(expirySeconds);
        token.realmId = realmId;
        token.kind = kind.name();
        return token;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getKind() {
        return kind;
    }

    /** Signed with the realm's HMAC key (like Keycloak's own cookies and action tokens). */
    @Override
    public TokenCategory getCategory() {
        return TokenCategory.INTERNAL;
    }
}
