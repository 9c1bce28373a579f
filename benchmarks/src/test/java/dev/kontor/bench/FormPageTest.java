package dev.kontor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormPageTest {

    @Test
    void unescapesTheFormAction() {
        String html = "<div><form id=\"kc-form-login\" onsubmit=\"login.disabled = true; return true;\" "
                + "action=\"http://127.0.0.1:8580/realms/kontor/login-actions/authenticate?session_code=abc&amp;execution=e1&amp;client_id=kontor-shop&amp;tab_id=t\" method=\"post\">"
                + "<input tabindex=\"1\" id=\"username\" name=\"username\" type=\"text\"/>"
                + "<input id=\"password\" name=\"password\" type=\"password\"/></form></div>";
        FormPage page = FormPage.parse(html);
        assertEquals("http://127.0.0.1:8580/realms/kontor/login-actions/authenticate?session_code=abc&execution=e1&client_id=kontor-shop&tab_id=t",
                page.action());
        assertTrue(page.hasPassword());
        assertFalse(page.hasOtp());
        assertFalse(page.hasEmailCode());
    }

    @Test
    void recognisesTheCodePages() {
        FormPage otp = FormPage.parse("<form action=\"/a\"><input id=\"otp\" name=\"otp\" autocomplete=\"off\"/>"
                + "<input type=\"radio\" name=\"kontor-trust\" value=\"none\" checked/></form>");
        assertTrue(otp.hasOtp());
        assertTrue(otp.hasTrustChoice());
        FormPage email = FormPage.parse("<form class=\"x\" action=\"/b\"><input type=\"text\" name=\"code\"/></form>");
        assertTrue(email.hasEmailCode());
        assertFalse(email.hasOtp());
        assertFalse(email.hasTrustChoice());
    }

    @Test
    void noFormNoAction() {
        assertNull(FormPage.formAction("<html><body>We are sorry...</body></html>"));
    }
}
