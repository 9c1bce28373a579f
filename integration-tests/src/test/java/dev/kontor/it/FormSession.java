package dev.kontor.it;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * One browser without a browser: its own cookie jar, plain HTTP against the login pages, so that
 * tests can fire many form posts at the same moment (which Chromium cannot).
 */
final class FormSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESET_LINK = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final String realmUrl;
    private String formAction;

    FormSession(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** Opens the shop's registration page and remembers its form. */
    FormSession openRegistration() throws Exception {
        page(get(realmUrl + "/protocol/openid-connect/registrations?" + shopParameters()));
        return this;
    }

    /** Opens the shop's login page, follows "Forgot password?" and remembers that form. */
    FormSession openReset() throws Exception {
        HttpResponse<String> login = get(realmUrl + "/protocol/openid-connect/auth?" + shopParameters());
        Matcher link = RESET_LINK.matcher(login.body());
        if (!link.find()) {
            throw new AssertionError("no forgot-password link on the login page");
        }
        page(get(login.uri().resolve(unescape(link.group(1))).toString()));
        return this;
    }

    /** Posts the remembered form; the answer's form is remembered for the next post. */
    HttpResponse<String> post(Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(formAction))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(response.body());
        formAction = action.find() ? response.uri().resolve(unescape(action.group(1))).toString() : null;
        return response;
    }

    /** Posts each session's form at the same moment, {@code fields} by the session's index; the answers in order. */
    static List<HttpResponse<String>> postAtOnce(List<FormSession> sessions, IntFunction<Map<String, String>> fields)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                FormSession session = sessions.get(i);
                Map<String, String> form = fields.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.post(form);
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

    /** What a reader sees of a page: its text, without markup, scripts and per-session URLs. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private void page(HttpResponse<String> response) {
        Matcher action = FORM_ACTION.matcher(response.body());
        if (!action.find()) {
            throw new AssertionError("no form on " + response.uri());
        }
        formAction = response.uri().resolve(unescape(action.group(1))).toString();
    }

    private static String shopParameters() {
        return "client_id=" + KontorRealm.SHOP_CLIENT + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256";
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
    }

    /**
     * One host's cookies, Secure ones included: Keycloak marks its cookies Secure, which browsers
     * honour on http://localhost but Java's CookieManager does not. Paths are ignored (all cookies
     * of the realm share its path).
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
