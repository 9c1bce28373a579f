package dev.kontor.trust;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.RealmsResource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trust cookie: one per user and realm, named {@code <prefix>_<16 hex of SHA-256(realmId:userId)>},
 * so that people sharing a browser keep their own trust and user A's cookie is never even read
 * for user B. The name does not reveal the user id; the value is a signed {@link TrustToken}.
 */
public final class TrustCookie {

    public static final String DEFAULT_PREFIX = "KONTOR_TRUST";

    /** Cookie-name characters only (RFC 6265 token), so a config typo cannot break the header. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private TrustCookie() {
    }

    public static String prefixOrDefault(String prefix) {
        return prefix != null && PREFIX.matcher(prefix.trim()).matches() ? prefix.trim() : DEFAULT_PREFIX;
    }

    public static String name(String prefix, String realmId, String userId) {
        return prefixOrDefault(prefix) + "_" + userSuffix(realmId, userId);
    }

    /** The part of the name that identifies realm and user, whatever the prefix. */
    public static String userSuffix(String realmId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((realmId + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String read(KeycloakSession session, String name) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** All cookie values of this user under any prefix (the REST API does not know the flow's config). */
    public static Map<String, Cookie> readAnyPrefix(KeycloakSession session, String realmId, String userId) {
        String suffix = "_" + userSuffix(realmId, userId);
        Map<String, Cookie> cookies = new HashMap<>(session.getContext().getRequestHeaders().getCookies());
        cookies.keySet().removeIf(name -> !name.endsWith(suffix));
        return cookies;
    }

    /**
     * SameSite=Lax, not Strict: a customer coming from a shop follows a top-level link (a GET
     * navigation from another site) to the login page, and Strict would leave the cookie behind on
     * exactly that request, so trusted browsers would be asked for a code anyway. Lax still keeps
     * it off cross-site sub-requests and POSTs. HttpOnly: scripts never need it.
     */
    public static void set(KeycloakSession session, String name, String value, long maxAgeSeconds) {
        session.getContext().getHttpResponse().setCookieIfAbsent(builder(session, name)
                .value(value)
                .maxAge((int) Math.min(Integer.MAX_VALUE, maxAgeSeconds))
                .build());
    }

    private static NewCookie.Builder builder(KeycloakSession session, String name) {
        KeycloakContext context = session.getContext();
        String path = RealmsResource.realmBaseUrl(context.getUri()).path("/")
                .build(context.getRealm().getName()).getRawPath();
        boolean https = "https".equalsIgnoreCase(context.getUri().getRequestUri().getScheme());
        return new NewCookie.Builder(name)
                .path(path)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
