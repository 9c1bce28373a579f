package dev.kontor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal Keycloak admin REST client (master admin via admin-cli, token renewed before it expires). */
public final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final String user;
    private final String password;
    private String token;
    private long tokenFetchedAt;

    public AdminClient(HttpClient http, String baseUrl, String user, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public record Response(int status, String body, String location) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    public static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Response get(String adminPath) {
        return send("GET", adminPath, null);
    }

    public Response post(String adminPath, Object body) {
        return send("POST", adminPath, body);
    }

    public Response put(String adminPath, Object body) {
        return send("PUT", adminPath, body);
    }

    /** Like {@link #send} but fails unless the status is 2xx (or one of the accepted ones). */
    public Response expect(Response r, String what, int... alsoAccepted) {
        if (r.status() / 100 == 2) {
            return r;
        }
        for (int s : alsoAccepted) {
            if (r.status() == s) {
                return r;
            }
        }
        throw new IllegalStateException(what + " failed: HTTP " + r.status() + " " + r.body());
    }

    private Response send(String method, String adminPath, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms" + (adminPath.isEmpty() ? "" : "/" + adminPath)))
                    .header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json");
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + adminPath + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.currentTimeMillis() - tokenFetchedAt > 30_000) {
            String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("admin token: HTTP " + r.statusCode() + " " + r.body());
            }
            token = JSON.readTree(r.body()).get("access_token").asText();
            tokenFetchedAt = System.currentTimeMillis();
        }
        return token;
    }
}
