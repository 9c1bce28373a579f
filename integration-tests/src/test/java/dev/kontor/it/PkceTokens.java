package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gets an access token the way a shop front end does: authorization code flow with PKCE (S256)
 * through the browser, then the code exchanged at the token endpoint by the public client.
 */
final class PkceTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PkceTokens() {
    }

    static String accessToken(WebDriver driver, HttpClient http, String realmUrl, String clientId,
                              String redirectUri, String email, String password) throws IOException, InterruptedException {
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        Map<String, String> authParams = new LinkedHashMap<>();
        authParams.put("client_id", clientId);
        authParams.put("response_type", "code");
        authParams.put("scope", "openid email");
        authParams.put("redirect_uri", redirectUri);
        authParams.put("state", state);
        authParams.put("code_challenge", challenge(verifier));
        authParams.put("code_challenge_method", "S256");

        BrowserLogin.forgetSessions(driver, realmUrl);
        driver.navigate().to(realmUrl + "/protocol/openid-connect/auth?" + form(authParams));
        BrowserLogin.submitCredentials(driver, email, password);
        BrowserLogin.waitForUrl(driver, redirectUri);

        Map<String, String> callback = query(URI.create(driver.getCurrentUrl()));
        if (!state.equals(callback.get("state"))) {
            throw new IllegalStateException("Unexpected callback: " + driver.getCurrentUrl());
        }
        return exchange(http, realmUrl, clientId, redirectUri, verifier, driver.getCurrentUrl());
    }

    /** Exchanges the code in a shop callback URL at the token endpoint; returns the access token. */
    static String exchange(HttpClient http, String realmUrl, String clientId, String redirectUri, String verifier,
                           String callbackUrl) throws IOException, InterruptedException {
        Map<String, String> callback = query(URI.create(callbackUrl));
        if (callback.get("code") == null) {
            throw new IllegalStateException("No code in callback: " + callbackUrl);
        }
        Map<String, String> tokenParams = new LinkedHashMap<>();
        tokenParams.put("grant_type", "authorization_code");
        tokenParams.put("client_id", clientId);
        tokenParams.put("code", callback.get("code"));
        tokenParams.put("redirect_uri", redirectUri);
        tokenParams.put("code_verifier", verifier);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(tokenParams)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asText();
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }
}
