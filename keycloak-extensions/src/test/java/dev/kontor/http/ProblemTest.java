package dev.kontor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemTest {

    @Test
    void serialisesAsRfc9457DocumentWithStableCode() throws Exception {
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "token missing");
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(problem));

        assertEquals("about:blank", json.get("type").asText());
        assertEquals("Unauthorized", json.get("title").asText());
        assertEquals(401, json.get("status").asInt());
        assertEquals("unauthorized", json.get("code").asText());
        assertEquals("token missing", json.get("detail").asText());
        assertEquals("application/problem+json", Problem.MEDIA_TYPE);
    }

    @Test
    void leavesOutEmptyDetail() throws Exception {
        Problem problem = Problem.of(Response.Status.FORBIDDEN, "forbidden", null);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(problem));
        assertFalse(json.has("detail"));
    }
}
