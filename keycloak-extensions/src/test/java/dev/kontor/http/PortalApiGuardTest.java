package dev.kontor.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalApiGuardTest {

    @Test
    void eachParameterOnceAndDecodable() {
        assertNull(PortalApiGuard.queryProblem(null));
        assertNull(PortalApiGuard.queryProblem("first=0&max=20&q=K-2026"));
        assertNull(PortalApiGuard.queryProblem("q=%C3%BC&flag"));
        assertEquals("The query parameter 'max' is given more than once.", PortalApiGuard.queryProblem("max=5&max=6"));
        assertEquals("The query parameter 'max' is given more than once.", PortalApiGuard.queryProblem("max=5&m%61x=6"));
        assertEquals("The query string is not validly encoded.", PortalApiGuard.queryProblem("cursor=%zz"));
        assertEquals("The query string has a parameter without a name.", PortalApiGuard.queryProblem("=1"));
        assertEquals("The query string has a parameter without a name.", PortalApiGuard.queryProblem("max=1&"));
        assertEquals("The query string contains a control character.", PortalApiGuard.queryProblem("q=K%00"));
        assertEquals("The query string contains a control character.", PortalApiGuard.queryProblem("q%0A=1"));
    }

    @Test
    void noControlCharacterInThePath() {
        assertNull(PortalApiGuard.controlCharacterProblem("/realms/kontor/portal/orders/K-2026-000001"));
        assertNull(PortalApiGuard.controlCharacterProblem("/realms/kontor/portal/addresses/%25"));
        assertNull(PortalApiGuard.controlCharacterProblem("/realms/kontor/portal/addresses/%E2%82%AC"));
        assertEquals("The address contains a control character.", PortalApiGuard.controlCharacterProblem("/realms/kontor/portal/orders/%00"));
        assertEquals("The address contains a control character.", PortalApiGuard.controlCharacterProblem("/realms/kontor/portal/orders/K-%0A"));
    }

    @Test
    void onlyJsonInUtf8IsABody() {
        assertTrue(PortalApiGuard.isJson("application/json"));
        assertTrue(PortalApiGuard.isJson("application/json; charset=UTF-8"));
        assertTrue(PortalApiGuard.isJson("application/merge-patch+json"));
        assertFalse(PortalApiGuard.isJson("application/json; charset=iso-8859-1"));
        assertFalse(PortalApiGuard.isJson("multipart/form-data; boundary=x"));
        assertFalse(PortalApiGuard.isJson("text/plain"));
        assertFalse(PortalApiGuard.isJson("application/xml"));
        assertFalse(PortalApiGuard.isJson("application/jsonp"));
        assertFalse(PortalApiGuard.isJson("json"));
        assertFalse(PortalApiGuard.isJson("application/"));
    }

    @Test
    void aBodyMustBeJsonWhateverTheMethod() {
        assertTrue(PortalApiGuard.acceptableBody("POST", "application/json", "12", null));
        assertTrue(PortalApiGuard.acceptableBody("POST", null, null, null), "cancel without a body");
        assertTrue(PortalApiGuard.acceptableBody("POST", null, "0", null));
        assertFalse(PortalApiGuard.acceptableBody("POST", null, "12", null), "a body without a type");
        assertFalse(PortalApiGuard.acceptableBody("PUT", "text/plain", "0", null));
        assertFalse(PortalApiGuard.acceptableBody("PUT", "multipart/form-data", null, "chunked"));
        assertTrue(PortalApiGuard.acceptableBody("GET", "text/plain", null, null), "a stray type on a GET without body");
        assertFalse(PortalApiGuard.acceptableBody("DELETE", "text/plain", "2", null));
        assertFalse(PortalApiGuard.acceptableBody("GET", null, "2", null));
        assertTrue(PortalApiGuard.acceptableBody("DELETE", "application/json", "2", null));
    }

    @Test
    void frameworkErrorsGetStableCodes() {
        assertEquals("not_found", PortalApiGuard.codeFor(404));
        assertEquals("method_not_allowed", PortalApiGuard.codeFor(405));
        assertEquals("unsupported_media_type", PortalApiGuard.codeFor(415));
        assertEquals("server_error", PortalApiGuard.codeFor(503));
        assertEquals("http_418", PortalApiGuard.codeFor(418));
    }
}
