package dev.kontor.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: the shop's login, registration and forgot-password pages driven over
 * plain HTTP with its own cookie jar, for attacks that need many parallel requests or several
 * "browsers" of one customer at once (which Chromium cannot). Each instance is one browser; it
 * follows Keycloak's redirects itself, stops at the shop, and remembers the last page and its form.
 */
final class FormBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESET_LINK = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String realmUrl;
    /** The last page shown (HTML), its form's action URL and its status. */
    String page = "";
    String action;
    int status;
    /** Whether Keycloak sent this browser back to the shop (signed in). */
    boolean atShop;

    FormBrowser(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** Opens the shop's login and submits email + password; {@link #page} is whatever comes next. */
    FormBrowser signIn(String email) throws Exception {
        show(get(URI.create(realmUrl + "/protocol/openid-connect/auth?" + shopParameters())));
        return submit(Map.of("username", email, "password", TestUsers.PASSWORD));
    }

    /** Opens the shop's registration page and remembers its form. */
    FormBrowser openRegistration() throws Exception {
        requireForm(show(get(URI.create(realmUrl + "/protocol/openid-connect/registrations?" + shopParameters()))));
        return this;
    }

    /** Opens the shop's login page, follows "Forgot password?" and remembers that form. */
    FormBrowser openReset() throws Exception {
        HttpResponse<String> login = requireOk(show(get(URI.create(realmUrl + "/protocol/openid-connect/auth?" + shopParameters()))));
        Matcher link = RESET_LINK.matcher(login.body());
        if (!link.find()) {
            throw new AssertionError("no forgot-password link on the login page");
        }
        requireForm(show(get(login.uri().resolve(unescape(link.group(1))))));
        return this;
    }

    /** Posts the current page's form with these fields; the answer's page and form are remembered. */
    FormBrowser submit(Map<String, String> fields) throws Exception {
        post(fields);
        return this;
    }

    /** Posts the current page's form with these fields and returns the answer (after Keycloak's redirects). */
    HttpResponse<String> post(Map<String, String> fields) throws Exception {
        return show(post(action, fields));
    }

    /** Posts each browser's form at the same moment, {@code fields} by the browser's index; the answers in order. */
    static List<HttpResponse<String>> postAtOnce(List<FormBrowser> browsers, IntFunction<Map<String, String>> fields)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < browsers.size(); i++) {
                FormBrowser browser = browsers.get(i);
                Map<String, String> form = fields.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.post(form);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
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

    /** What a reader sees of a page: its text, without markup, scripts and per-session URLs. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    }

    /** One GET with this browser's cookies; redirects are not followed, the page is not remembered. */
    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One form post with this browser's cookies; redirects are not followed, the page is not remembered. */
    HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PkceTokens.form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Follows Keycloak's redirects (not the shop's callback, nobody listens there), remembers the
     * page and its form, and returns the last answer.
     */
    private HttpResponse<String> show(HttpResponse<String> response) throws IOException, InterruptedException {
        while (REDIRECTS.contains(response.statusCode())) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(KontorRealm.SHOP_REDIRECT)) {
                atShop = true;
                status = response.statusCode();
                page = "";
                action = null;
                return response;
            }
            response = get(next);
        }
        status = response.statusCode();
        page = response.body();
        Matcher matcher = FORM_ACTION.matcher(page);
        action = matcher.find() ? response.uri().resolve(unescape(matcher.group(1))).toString() : null;
        return response;
    }

    private static HttpResponse<String> requireOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + response.request().uri() + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private void requireForm(HttpResponse<String> response) {
        requireOk(response);
        if (action == null) {
            throw new AssertionError("no form on " + response.uri());
        }
    }

    private static String shopParameters() {
        return "client_id=" + KontorRealm.SHOP_CLIENT + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256";
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#61;", "=").replace("&#x3D;", "=").replace("&amp;", "&");
    }

    /**
     * One host's cookies, Secure ones included, sent on every request: Keycloak marks its cookies
     * Secure, which browsers honour on http://localhost but Java's CookieManager does not. Paths are
     * ignored (all cookies of the realm share its path).
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Collection<HttpCookie> live = cookies.values().stream().filter(c -> !c.hasExpired()).toList();
            return live.isEmpty() ? Map.of() : Map.of("Cookie", List.of(live.stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if ("set-cookie".equalsIgnoreCase(header)) {
                    values.forEach(value -> HttpCookie.parse(value).forEach(cookie -> {
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie);
                        }
                    }));
                }
            });
        }
    }
}
