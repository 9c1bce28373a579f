package dev.kontor.trust;

import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.keycloak.cache.LocalCache;
import org.keycloak.common.ClientConnection;
import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.account.DeviceRepresentation;
import ua_parser.Client;
import ua_parser.Parser;

import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Names from Keycloak's own parser: each case runs the user agent through Keycloak's
 * {@code DeviceRepresentationProviderImpl} (the "Device activity" one, with its ua-parser rules), so
 * the assertions say what the saved-browsers list really shows.
 */
class BrowserDeviceTest {

    private static final Parser UA_PARSER = new Parser();

    @Test
    void chromeOnWindows() {
        assertEquals("Chrome on Windows", nameOf(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"));
    }

    @Test
    void keepsTheFamiliesWithoutVersions() {
        BrowserDevice device = deviceOf(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36");
        assertEquals(new BrowserDevice("Chrome", "Windows"), device);
    }

    @Test
    void safariOnIphone() {
        assertEquals("Mobile Safari on iOS", nameOf(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void firefoxOnLinux() {
        assertEquals("Firefox on Ubuntu", nameOf(
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"));
    }

    @Test
    void edgeIsNotMistakenForChrome() {
        assertEquals("Edge on Windows", nameOf(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56"));
    }

    @Test
    void safariOnMac() {
        assertEquals("Safari on Mac OS X", nameOf(
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"));
    }

    @Test
    void chromeOnAndroidIsNotLinux() {
        assertEquals("Chrome Mobile on Android", nameOf(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void samsungInternetIsNotChrome() {
        assertEquals("Samsung Internet on Android", nameOf(
                "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void headlessChromeOnLinux() {
        assertEquals("HeadlessChrome on Linux", nameOf(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36"));
    }

    @Test
    void unknownBrowser() {
        assertEquals("Unknown browser", nameOf("Java-http-client/21.0.5"));
        assertEquals("Unknown browser", nameOf(null), "no User-Agent header");
        assertEquals(new BrowserDevice(null, null), deviceOf("  "));
    }

    @Test
    void anOverlongUserAgentIsUnknownToKeycloak() {
        assertEquals("Unknown browser", nameOf("Mozilla/5.0 (Windows NT 10.0) Chrome/126.0 " + "x".repeat(600)));
    }

    @Test
    void unknownBrowserOnAKnownSystem() {
        assertEquals("Unknown browser on Windows", nameOf("SomeApp/1.0 (Windows NT 10.0)"));
        assertNull(deviceOf("SomeApp/1.0 (Windows NT 10.0)").browser());
    }

    @Test
    void clipsLongUserAgentsToTheColumn() {
        String longAgent = "x".repeat(600);
        assertEquals(TrustedBrowserEntity.USER_AGENT_LENGTH,
                BrowserDevice.clip(longAgent, TrustedBrowserEntity.USER_AGENT_LENGTH).length());
        assertEquals("short", BrowserDevice.clip("short", TrustedBrowserEntity.USER_AGENT_LENGTH));
        assertNull(BrowserDevice.clip(null, TrustedBrowserEntity.USER_AGENT_LENGTH));
    }

    private static String nameOf(String userAgent) {
        return deviceOf(userAgent).name();
    }

    private static BrowserDevice deviceOf(String userAgent) {
        return BrowserDevice.ofRequest(sessionWith(keycloaksDeviceProvider(userAgent), userAgent));
    }

    /** Keycloak's provider as its factory makes it, with a plain map in place of the node-local cache. */
    private static DeviceRepresentationProvider keycloaksDeviceProvider(String userAgent) {
        LocalCache<String, Client> parsed = new LocalCache<>() {
            @Override
            public Client get(String key) {
                return UA_PARSER.parse(key);
            }

            @Override
            public void put(String key, Client value) {
            }

            @Override
            public void invalidate(String key) {
            }

            @Override
            public void close() {
            }
        };
        try {
            Class<?> impl = Class.forName("org.keycloak.device.DeviceRepresentationProviderImpl");
            Constructor<?> constructor = impl.getDeclaredConstructor(KeycloakSession.class, LocalCache.class);
            constructor.setAccessible(true);
            return (DeviceRepresentationProvider) constructor.newInstance(sessionWith(null, userAgent), parsed);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Keycloak's device provider changed", e);
        }
    }

    private static KeycloakSession sessionWith(DeviceRepresentationProvider devices, String userAgent) {
        HttpHeaders headers = proxy(HttpHeaders.class, (method, args) ->
                method.equals("getHeaderString") && "User-Agent".equals(args[0]) ? userAgent : null);
        ClientConnection connection = proxy(ClientConnection.class, (method, args) -> "127.0.0.1");
        KeycloakContext context = proxy(KeycloakContext.class, (method, args) -> switch (method) {
            case "getRequestHeaders" -> headers;
            case "getConnection" -> connection;
            default -> null;
        });
        return proxy(KeycloakSession.class, (method, args) -> switch (method) {
            case "getContext" -> context;
            case "getProvider" -> args[0] == DeviceRepresentationProvider.class ? devices : null;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }

    @Test
    void aMissingProviderIsUnknownRatherThanAnError() {
        DeviceRepresentation none = null;
        assertEquals(new BrowserDevice(null, null), BrowserDevice.of(none));
    }
}
