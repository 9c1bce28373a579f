package dev.kontor.router;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /realms/{realm}/portal/openapi.json}: the OpenAPI 3 document of the customer and admin
 * commerce APIs, as shipped in the jar. Public: it describes the API, not anybody's data.
 */
public class OpenApiResource {

    static final String DOCUMENT = "META-INF/kontor-commerce-openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the provider jar");
            }
            return Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "public, max-age=3600")
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
