package dev.kontor.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies strictly and with a size limit, so every bad body becomes a stable problem:
 * too big → 413 {@code payload_too_large}; not JSON or not an object → 400 {@code malformed_json};
 * unknown field → 422 {@code unknown_field}; wrong JSON type ("2" for a number, 5 for a text) →
 * 422 {@code invalid_type}. Nothing is coerced, so a client bug never turns into a silently wrong row.
 */
public final class JsonBody {

    /** Customer requests: an address or a return is a few hundred bytes. */
    public static final int CUSTOMER_LIMIT = 16 * 1024;
    /** Back-end requests: an order with a few hundred lines. */
    public static final int BACKEND_LIMIT = 512 * 1024;
    /**
     * How much of an oversize body is still read (and dropped) before the 413 is sent: a client
     * that is still writing when the server answers and closes sees a reset instead of the problem.
     * The HTTP layer itself refuses more than 10 MB.
     */
    static final long DRAIN_LIMIT = 11L * 1024 * 1024;

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule("kontor-no-nul").addDeserializer(String.class, new NoNulText()))
            .build();

    static {
        for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            STRICT.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        STRICT.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        STRICT.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    private JsonBody() {
    }

    /**
     * Texts as Jackson reads them, minus U+0000: PostgreSQL cannot store it in a text column and
     * answers with an error that would end the request as a 500, so such a value is a field error.
     */
    static final class NoNulText extends StdScalarDeserializer<String> {

        NoNulText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw JsonMappingException.from(parser, "A text must not contain U+0000.");
            }
            return text;
        }
    }

    public static <T> T read(InputStream body, int limit, Class<T> type) {
        return parse(readBounded(body, limit), type);
    }

    public static <T> T parse(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw malformed("The request needs a JSON object as its body.");
        }
        try {
            T value = STRICT.readValue(bytes, type);
            if (value == null) {
                throw malformed("The request needs a JSON object as its body.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalidField(path(e), "unknown_field", "This field is not part of the request.");
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw malformed("The request body must be a JSON object.");
            }
            throw ProblemException.invalidField(path(e), "invalid_type", "This field has the wrong JSON type.");
        } catch (JsonMappingException e) {
            // e.g. a record constructor rejecting a value: a field problem, not a syntax one.
            throw ProblemException.invalidField(path(e), "invalid_value", "This field has an invalid value.");
        } catch (JsonProcessingException e) {
            throw malformed("The request body is not valid JSON.");
        } catch (IOException e) {
            throw malformed("The request body could not be read.");
        }
    }

    public static byte[] readBounded(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    drain(in, buffer, DRAIN_LIMIT - total);
                    throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                            "The request body is larger than " + limit + " bytes.");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw malformed("The request body could not be read.");
        }
    }

    private static void drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long left = budget;
        int read;
        while (left > 0 && (read = in.read(buffer)) != -1) {
            left -= read;
        }
    }

    /** {@code lines[1].quantity} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, "malformed_json", detail);
    }
}
