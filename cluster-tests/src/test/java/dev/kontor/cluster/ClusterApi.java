package dev.kontor.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kontor.bench.LoginDriver;

/**
 * JSON and form calls through the proxy, optionally routed to one node ({@link RoundRobinProxy#ROUTE_HEADER});
 * every reply says which node made it.
 */
final class ClusterApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REALM = "kontor";
    static final String SHOP_CLIENT = "kontor-shop";
    static final String BACKEND_CLIENT = "kontor-backend";
    static final String BACKEND_SECRET = "kontor-backend-dev-secret";

    record Reply(int status, JsonNode body, String text, String node) {

        String code() {
            return body == null || !body.has("code") ? null : body.get("code").asText();
        }

        @Override
        public String toString() {
            return "HTTP " + status + " from node " + node + ": " + text;
        }
    }

    /** An access token with the refresh token of the same login. */
    record Tokens(String access, String refresh) {}

    final HttpClient http;
    private final String baseUrl;

    ClusterApi(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** {@code route} is a node name or {@code null} for round-robin. */
    Reply call(String method, String path, String token, Object body, String route) throws IOException, InterruptedException {
        String text = body == null ? null : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, route);
    }

    Reply form(String path, String form, String route) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), route);
    }

    private Reply send(HttpRequest.Builder request, String route) throws IOException, InterruptedException {
        if (route != null) {
            request.header(RoundRobinProxy.ROUTE_HEADER, route);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (!r.body().isEmpty() && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
            json = JSON.readTree(r.body());
        }
        return new Reply(r.statusCode(), json, r.body(), r.headers().firstValue(RoundRobinProxy.NODE_HEADER).orElse("?"));
    }

    String backendToken() throws IOException, InterruptedException {
        Reply r = form(tokenPath(), "grant_type=client_credentials&client_id=" + BACKEND_CLIENT + "&client_secret=" + BACKEND_SECRET, null);
        if (r.status() != 200) {
            throw new IllegalStateException("back-end token: " + r);
        }
        return r.body().get("access_token").asText();
    }

    /** Exchanges a login's code (public PKCE client) on the given node. */
    Tokens tokens(LoginDriver.Result login, String route) throws IOException, InterruptedException {
        Reply r = form(tokenPath(), "grant_type=authorization_code&client_id=" + SHOP_CLIENT + "&code=" + enc(login.authorizationCode())
                + "&redirect_uri=" + enc(LoginDriver.REDIRECT_URI) + "&code_verifier=" + enc(login.codeVerifier()), route);
        if (r.status() != 200) {
            throw new IllegalStateException("code exchange: " + r);
        }
        return new Tokens(r.body().get("access_token").asText(), r.body().get("refresh_token").asText());
    }

    Reply refresh(Tokens tokens, String route) throws IOException, InterruptedException {
        return form(tokenPath(), "grant_type=refresh_token&client_id=" + SHOP_CLIENT + "&refresh_token=" + enc(tokens.refresh()), route);
    }

    Reply userinfo(String accessToken, String route) throws IOException, InterruptedException {
        return call("GET", "/realms/" + REALM + "/protocol/openid-connect/userinfo", accessToken, null, route);
    }

    private static String tokenPath() {
        return "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
