package dev.kontor.http;

import dev.kontor.commerce.address.AddressInput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyTest {

    record Line(String orderLineId, Integer quantity) {
    }

    record Body(String reason, List<Line> lines, Boolean flag) {
    }

    private static ProblemException fail(String json) {
        return assertThrows(ProblemException.class, () -> JsonBody.parse(json.getBytes(StandardCharsets.UTF_8), Body.class), json);
    }

    @Test
    void readsAStrictBody() {
        Body body = JsonBody.parse("{\"reason\":\"damaged\",\"lines\":[{\"orderLineId\":\"a\",\"quantity\":2}]}"
                .getBytes(StandardCharsets.UTF_8), Body.class);
        assertEquals(2, body.lines().get(0).quantity());
    }

    @Test
    void everyBadBodyHasItsCode() {
        assertEquals("malformed_json", fail("{\"reason\":").code());
        assertEquals("malformed_json", fail("").code());
        assertEquals("malformed_json", fail("null").code());
        assertEquals("malformed_json", fail("[]").code());
        assertEquals("malformed_json", fail("{} {}").code());
        ProblemException unknown = fail("{\"reason\":\"x\",\"admin\":true}");
        assertEquals("validation_failed", unknown.code());
        assertEquals(new FieldError("admin", "unknown_field", "This field is not part of the request."), unknown.errors().get(0));
        ProblemException nested = fail("{\"lines\":[{\"orderLineId\":\"a\",\"quantity\":\"2\"}]}");
        assertEquals("lines[0].quantity", nested.errors().get(0).field());
        assertEquals("invalid_type", nested.errors().get(0).code());
        assertEquals("invalid_type", fail("{\"lines\":[{\"quantity\":2.5}]}").errors().get(0).code());
        assertEquals("invalid_type", fail("{\"reason\":5}").errors().get(0).code());
        assertEquals("invalid_type", fail("{\"flag\":\"true\"}").errors().get(0).code());
        assertEquals("invalid_type", fail("{\"lines\":\"a\"}").errors().get(0).code());
        ProblemException nul = fail("{\"reason\":\"dam\\u0000aged\"}");
        assertEquals("reason", nul.errors().get(0).field());
        assertEquals("invalid_value", nul.errors().get(0).code());
        assertEquals("invalid_value", fail("{\"lines\":[{\"orderLineId\":\"\\u0000\",\"quantity\":1}]}").errors().get(0).code());
    }

    @Test
    void bodiesOverTheLimitAreRefusedWhileReading() {
        byte[] big = ("{\"firstName\":\"" + "x".repeat(JsonBody.CUSTOMER_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class,
                () -> JsonBody.read(new ByteArrayInputStream(big), JsonBody.CUSTOMER_LIMIT, AddressInput.class));
        assertEquals(413, e.status());
        assertEquals("payload_too_large", e.code());
    }
}
