package dev.kontor.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: the shop's login driven over plain HTTP with its own cookie jar,
 * for attacks that need many parallel requests or several "browsers" of one customer at once.
 * Each instance is one browser; it follows Keycloak's redirects itself and stops at the shop.
 */
final class FormLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"([^\"]*)\"");

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String realmUrl;
    /** The last page shown (HTML) and its form's action URL. */
    String page = "";
    String action;
    int status;
    boolean atShop;

    FormLogin(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** Opens the shop's login and submits email + password; {@link #page} is whatever comes next. */
    FormLogin signIn(String email) throws Exception {
        String verifier = PkceTokens.randomUrlSafe(48);
        show(get(URI.create(realmUrl + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(verifier) + "&code_challenge_method=S256")));
        return submit(Map.of("username", email, "password", TestUsers.PASSWORD));
    }

    /** Posts the current page's form with these fields. */
    FormLogin submit(Map<String, String> fields) throws Exception {
        show(post(action, fields));
        return this;
    }

    /** The current page's form fields as the page filled them in, for forms to send back changed. */
    Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            String type = attributes.getOrDefault("type", "text");
            if (attributes.containsKey("name") && !type.equals("submit") && !type.equals("radio")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        return fields;
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PkceTokens.form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows Keycloak's redirects (not the shop's callback, nobody listens there) and keeps the page. */
    private void show(HttpResponse<String> response) throws IOException, InterruptedException {
        while (response.statusCode() == 302 || response.statusCode() == 303) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(KontorRealm.SHOP_REDIRECT)) {
                atShop = true;
                status = response.statusCode();
                page = "";
                action = null;
                return;
            }
            response = get(next);
        }
        status = response.statusCode();
        page = response.body();
        Matcher matcher = FORM_ACTION.matcher(page);
        action = matcher.find() ? unescape(matcher.group(1)) : null;
    }

    /**
     * One host's cookies, sent on every request. Keycloak marks its cookies {@code Secure}, which
     * browsers honour on http://localhost but Java's CookieManager does not.
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> {
                        if (cookie.getMaxAge() == 0) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }));
                }
            });
        }
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
