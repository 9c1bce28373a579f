package dev.kontor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CookieJarTest {

    @Test
    void keepsOnlyTrustCookiesForTheNextLogin() throws Exception {
        CookieJar jar = new CookieJar();
        cookies(jar).put("AUTH_SESSION_ID", "s1");
        cookies(jar).put("KONTOR_TRUST_ab12", "jws");
        CookieJar trust = jar.onlyStartingWith("KONTOR_TRUST");
        assertEquals("KONTOR_TRUST_ab12=jws", trust.header());
        assertTrue(trust.hasCookieStartingWith("KONTOR_TRUST"));
        assertFalse(new CookieJar().hasCookieStartingWith("KONTOR_TRUST"));
        assertNull(new CookieJar().header());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cookies(CookieJar jar) throws Exception {
        Field f = CookieJar.class.getDeclaredField("cookies");
        f.setAccessible(true);
        return (Map<String, String>) f.get(jar);
    }
}
