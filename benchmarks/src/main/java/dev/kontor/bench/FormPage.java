package dev.kontor.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a Keycloak login page the driver needs: the form action and which inputs it has. */
public record FormPage(String action, boolean hasPassword, boolean hasOtp, boolean hasEmailCode, boolean hasTrustChoice) {

    private static final Pattern FORM_ACTION = Pattern.compile("<form\\b[^>]*?\\baction\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    public static FormPage parse(String html) {
        return new FormPage(formAction(html),
                hasInput(html, "password"), hasInput(html, "otp"), hasInput(html, "code"), hasInput(html, "kontor-trust"));
    }

    /** The action of the first form on the page, HTML-unescaped; {@code null} if the page has no form. */
    public static String formAction(String html) {
        Matcher m = FORM_ACTION.matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static boolean hasInput(String html, String name) {
        return Pattern.compile("<input\\b[^>]*\\bname\\s*=\\s*\"" + Pattern.quote(name) + "\"", Pattern.CASE_INSENSITIVE)
                .matcher(html).find();
    }

    static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&#x3d;", "=").replace("&#61;", "=").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
