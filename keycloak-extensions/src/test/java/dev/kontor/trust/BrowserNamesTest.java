package dev.kontor.trust;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BrowserNamesTest {

    @Test
    void chromeOnWindows() {
        assertEquals("Chrome on Windows", BrowserNames.describe(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"));
    }

    @Test
    void safariOnIphone() {
        assertEquals("Safari on iPhone", BrowserNames.describe(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void firefoxOnLinux() {
        assertEquals("Firefox on Linux", BrowserNames.describe(
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"));
    }

    @Test
    void edgeIsNotMistakenForChrome() {
        assertEquals("Edge on Windows", BrowserNames.describe(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56"));
    }

    @Test
    void safariOnMac() {
        assertEquals("Safari on macOS", BrowserNames.describe(
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"));
    }

    @Test
    void chromeOnAndroidIsNotLinux() {
        assertEquals("Chrome on Android", BrowserNames.describe(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void headlessChromeOnLinux() {
        assertEquals("Chrome on Linux", BrowserNames.describe(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36"));
    }

    @Test
    void unknownBrowser() {
        assertEquals("Unknown browser", BrowserNames.describe("curl/8.5.0"));
        assertEquals("Unknown browser", BrowserNames.describe(null));
        assertEquals("Unknown browser", BrowserNames.describe("  "));
    }

    @Test
    void unknownBrowserOnAKnownSystem() {
        assertEquals("Unknown browser on Windows", BrowserNames.describe("SomeApp/1.0 (Windows NT 10.0)"));
    }

    @Test
    void clipsLongUserAgentsToTheColumn() {
        String longAgent = "x".repeat(600);
        assertEquals(TrustedBrowserEntity.USER_AGENT_LENGTH,
                BrowserNames.clip(longAgent, TrustedBrowserEntity.USER_AGENT_LENGTH).length());
        assertEquals("short", BrowserNames.clip("short", TrustedBrowserEntity.USER_AGENT_LENGTH));
        assertNull(BrowserNames.clip(null, TrustedBrowserEntity.USER_AGENT_LENGTH));
    }
}
