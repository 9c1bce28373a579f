package dev.kontor.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies of one virtual browser. Every request goes to one host under /realms/kontor/, so
 * paths and domains can be ignored; the driver decides explicitly which cookies survive a login
 * (only the trust cookie, for the saved-browser scenario).
 */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public void store(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            if (value.isEmpty() || expires(parts)) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static boolean expires(String[] attributes) {
        for (int i = 1; i < attributes.length; i++) {
            String a = attributes[i].trim().toLowerCase();
            if (a.equals("max-age=0") || a.startsWith("max-age=-") || a.contains("expires=thu, 01 jan 1970")) {
                return true;
            }
        }
        return false;
    }

    /** The Cookie header value, or {@code null} when the jar is empty. */
    public String header() {
        return cookies.isEmpty() ? null
                : cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** A new jar holding only the cookies whose name starts with the prefix. */
    public CookieJar onlyStartingWith(String prefix) {
        CookieJar copy = new CookieJar();
        cookies.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                copy.cookies.put(k, v);
            }
        });
        return copy;
    }

    public boolean hasCookieStartingWith(String prefix) {
        return cookies.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
