package dev.kontor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One browser login through the authorization endpoint, without following redirects: the login
 * page, username and password, then the code page if one comes (TOTP or email code, with the
 * trust choice), until a 302 to the redirect URI with {@code code=}.
 */
public final class LoginDriver {

    public static final String REDIRECT_URI = "http://localhost:3000/callback";
    public static final String TRUST_COOKIE_PREFIX = "KONTOR_TRUST";

    /**
     * Time spent in HTTP exchanges (mail waiting excluded), whether a code was asked, and the
     * authorization code with its PKCE verifier (for the API benchmark, which needs tokens).
     */
    public record Result(long httpNanos, boolean askedForCode, String authorizationCode, String codeVerifier) {}

    private final HttpClient http;
    private final String baseUrl;
    private final String realm;
    private final CodeMailbox mail;

    public LoginDriver(HttpClient http, String baseUrl, String realm, CodeMailbox mail) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.mail = mail;
    }

    /**
     * Logs the user in with the given cookies (a fresh jar, or one holding only a trust cookie).
     * {@code trustChoice} is posted with a code if the page offers the choice (none/skip/save).
     */
    public Result login(BenchUser user, String clientId, CookieJar jar, String trustChoice) throws Exception {
        long[] nanos = {0};
        Pkce pkce = Pkce.create();
        String authUrl = baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + enc(clientId)
                + "&response_type=code&redirect_uri=" + enc(REDIRECT_URI) + "&scope=openid&state=" + UUID.randomUUID()
                + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(authUrl)).GET(), jar, nanos);
        FormPage page = expectForm(r, user, "login page");
        if (!page.hasPassword()) {
            throw new LoginFailure(user, "no password field on the login page");
        }
        int mailsBefore = user.kind() == UserKind.EMAIL_CODE ? mail.count(user.email()) : 0;
        r = post(page.action(), Map.of("username", user.email(), "password", user.password(), "credentialId", ""), jar, nanos);
        boolean askedForCode = false;
        for (int step = 0; step < 4; step++) {
            if (r.statusCode() == 302) {
                String location = r.headers().firstValue("location").orElse("");
                if (location.startsWith(REDIRECT_URI)) {
                    if (!location.contains("code=")) {
                        throw new LoginFailure(user, "redirect without code: " + location);
                    }
                    return new Result(nanos[0], askedForCode, queryParam(location, "code"), pkce.verifier());
                }
                r = send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(location)).GET(), jar, nanos);
                continue;
            }
            page = expectForm(r, user, "code page");
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.hasOtp()) {
                fields.put("otp", user.totp().now());
            } else if (page.hasEmailCode()) {
                fields.put("code", mail.awaitCode(user.email(), mailsBefore, 10_000));
            } else {
                throw new LoginFailure(user, "unexpected page: " + title(r.body()));
            }
            if (page.hasTrustChoice()) {
                fields.put("kontor-trust", trustChoice);
            }
            askedForCode = true;
            r = post(page.action(), fields, jar, nanos);
        }
        throw new LoginFailure(user, "no redirect to the client after 4 steps (HTTP " + r.statusCode() + ", " + title(r.body()) + ")");
    }

    private HttpResponse<String> post(String action, Map<String, String> fields, CookieJar jar, long[] nanos) throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), jar, nanos);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, CookieJar jar, long[] nanos) throws IOException, InterruptedException {
        String cookies = jar.header();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        nanos[0] += System.nanoTime() - start;
        jar.store(r);
        return r;
    }

    private static FormPage expectForm(HttpResponse<String> r, BenchUser user, String what) {
        if (r.statusCode() != 200) {
            throw new LoginFailure(user, what + ": HTTP " + r.statusCode() + " " + r.headers().firstValue("location").orElse(""));
        }
        FormPage page = FormPage.parse(r.body());
        if (page.action() == null) {
            throw new LoginFailure(user, what + " without a form: " + title(r.body()));
        }
        return page;
    }

    private static String title(String html) {
        int start = html.indexOf("<title>");
        int end = html.indexOf("</title>");
        String error = html.contains("kc-feedback-text") || html.contains("alert-error") ? " (page shows an error)" : "";
        return (start >= 0 && end > start ? html.substring(start + 7, end).trim() : "?") + error;
    }

    static String queryParam(String url, String name) {
        int q = url.indexOf('?');
        for (String pair : (q < 0 ? "" : url.substring(q + 1)).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Exchanges the code of a login for an access token (public PKCE client, as a shop app does). */
    public String accessToken(String clientId, Result login) throws IOException, InterruptedException {
        String form = "grant_type=authorization_code&client_id=" + enc(clientId) + "&code=" + enc(login.authorizationCode())
                + "&redirect_uri=" + enc(REDIRECT_URI) + "&code_verifier=" + enc(login.codeVerifier());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token exchange: HTTP " + r.statusCode() + " " + r.body());
        }
        int start = r.body().indexOf("\"access_token\":\"") + 16;
        return r.body().substring(start, r.body().indexOf('"', start));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A login that did not end at the client. */
    public static final class LoginFailure extends RuntimeException {
        public LoginFailure(BenchUser user, String message) {
            super(user.email() + ": " + message);
        }
    }
}
