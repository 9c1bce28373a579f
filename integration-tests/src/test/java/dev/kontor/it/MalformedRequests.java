package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import dev.kontor.it.FuzzEndpoints.Api;
import dev.kontor.it.FuzzEndpoints.Endpoint;

import static dev.kontor.it.AbstractCommerceIT.JSON;

/**
 * The kinds of defect a request of {@link MalformedRequestFuzzIT} can have, and the seeded builder
 * that makes the malformed requests from the endpoints of {@link FuzzEndpoints}. Nothing here talks to the server.
 */
final class MalformedRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MalformedRequests() {
    }

    /** One generated request. */
    record Case(String label, Endpoint endpoint, String path, String query, String contentType, byte[] body,
                Map<String, String> headers) {
    }

    /**
     * The cases of one run: every endpoint meets every kind of defect at least once, the rest up to
     * {@code count} is random, and a few bodies just under the server's limit come last.
     */
    static List<Case> cases(List<Endpoint> endpoints, Random random, int count) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Defect defect : Defect.values()) {
                if (defect.appliesTo(endpoint)) {
                    cases.add(defect.make(endpoint, random));
                }
            }
        }
        while (cases.size() < count) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            Defect defect = Defect.values()[random.nextInt(Defect.values().length)];
            if (defect.appliesTo(endpoint)) {
                cases.add(defect.make(endpoint, random));
            }
        }
        cases.addAll(oversizeAtTheServerLimit(endpoints));
        return cases;
    }

    private static final String[] WRONG_TYPES = {"text/plain", "application/xml", "text/xml", "multipart/form-data",
            "multipart/form-data; boundary=----kontor", "application/x-www-form-urlencoded", "application/octet-stream",
            "text/html; charset=utf-8", "application/json; charset=iso-8859-1", "application/jsonp", "json", "*/*",
            "application/", "image/png", "application/x-json-stream;;;"};
    /** Ids no API can take: too long, or with characters no id, number or customer number has. */
    private static final String[] BAD_IDS = {"x".repeat(300), "%27%3B%20drop%20table%20users%3B--", "%E2%82%AC%F0%9F%98%80",
            "%00", "%20", "a%20b", "%25", "%3Cscript%3E", "K-2026-%0A", "1%2C2"};
    /**
     * Well-formed ids that name nothing: for the customer API only, since the back-end order upsert
     * and the directory upsert create what a well-formed key names.
     */
    private static final String[] UNKNOWN_IDS = {"00000000-0000-0000-0000-000000000000", "null", "-1", "1e400", ".x."};
    private static final String[] IF_MATCH_VALUES = {"\"999999\"", "\"abc\"", "W/\"x\"", "*", "\"-1\"", "\"\"", "1 2",
            "\"99999999999999\""};
    private static final String[] GARBAGE_PARAMS = {"max=0", "max=101", "max=500", "max=-3", "max=abc", "max=1e2",
            "max=99999999999", "first=-1", "first=abc", "first=1.5", "first=99999999999", "status=bogus", "status=%00",
            "from=2026-13-01", "from=yesterday", "to=2026-02-30", "cursor=garbage", "cursor=AAAA", "cursor=%2F%2F%2F",
            "=1", "%20=1", "max=5&max=6", "first=0&first=0"};
    private static final String[] GARBAGE_BODIES = {"{", "}", "[", "nul", "\"text\"", "123", "[]", "true", "null",
            "{\"a\":}", "{'single': 'quotes'}", "{\"a\":1}}", "<xml/>", "a=1&b=2", "\u0000\u0001", "{\"a\":NaN}",
            "--boundary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--boundary--", "[1,2,3]", "{}{}"};

    enum Defect {
        // a GET or DELETE with a body too: no body of another type is ever read or ignored
        WRONG_CONTENT_TYPE(e -> true) {
            @Override
            Case make(Endpoint e, Random r) {
                String body = e.takesBody() ? e.validBody() : "{}";
                return plain(this, e, WRONG_TYPES[r.nextInt(WRONG_TYPES.length)], body.getBytes(StandardCharsets.UTF_8), r);
            }
        },
        BODY_WITHOUT_CONTENT_TYPE(e -> true) {
            @Override
            Case make(Endpoint e, Random r) {
                return plain(this, e, null, (e.takesBody() ? e.validBody() : "{}").getBytes(StandardCharsets.UTF_8), r);
            }
        },
        GARBAGE_BODY(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                byte[] body;
                int kind = r.nextInt(3);
                if (kind == 0) {
                    body = new byte[1 + r.nextInt(200)];
                    r.nextBytes(body);
                    body[0] = (byte) '{'; // never accidentally empty or a valid scalar
                    body[body.length - 1] = (byte) 0xFF; // never valid UTF-8
                } else if (kind == 1) {
                    String garbage = GARBAGE_BODIES[r.nextInt(GARBAGE_BODIES.length)];
                    if (garbage.equals("[]") && e.validBody().startsWith("[")) {
                        garbage = "[[]]"; // an empty list is a valid (empty) import
                    }
                    body = garbage.getBytes(StandardCharsets.UTF_8);
                } else {
                    String valid = e.validBody();
                    body = valid.substring(0, 1 + r.nextInt(valid.length() - 1)).getBytes(StandardCharsets.UTF_8); // truncated
                }
                return plain(this, e, "application/json", body, r);
            }
        },
        EMPTY_BODY(Endpoint::bodyRequired) {
            @Override
            Case make(Endpoint e, Random r) {
                return plain(this, e, "application/json", new byte[0], r);
            }
        },
        DEEPLY_NESTED(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                int depth = 1500 + r.nextInt(3000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                String body = r.nextBoolean() ? nested : "{\"" + firstField(e) + "\":" + nested + "}";
                return plain(this, e, "application/json", body.getBytes(StandardCharsets.UTF_8), r);
            }
        },
        WRONG_TYPE(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                return plain(this, e, "application/json", mutate(e.validBody(), r, false), r);
            }
        },
        UNKNOWN_FIELD(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                return plain(this, e, "application/json", mutate(e.validBody(), r, true), r);
            }
        },
        OVERSIZE(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                int size = (e.api() == Api.BACKEND ? 600 : e.path().endsWith("import") ? 2200 : 20) * 1024 + r.nextInt(4096);
                return plain(this, e, "application/json", padded(e, size), r);
            }
        },
        REPEATED_OR_GARBAGE_PARAMETER(e -> true) {
            @Override
            Case make(Endpoint e, Random r) {
                String query;
                if (e.params().isEmpty() || r.nextInt(3) == 0) {
                    String name = e.params().isEmpty() ? "x" + r.nextInt(100) : e.params().get(r.nextInt(e.params().size()));
                    query = name + "=1&" + name + "=2"; // the same name twice
                } else {
                    List<String> fitting = new ArrayList<>();
                    for (String p : GARBAGE_PARAMS) {
                        String name = p.split("[=&]", 2)[0];
                        if (e.params().contains(name) || !name.matches("[a-z]+")) {
                            fitting.add(p);
                        }
                    }
                    query = fitting.get(r.nextInt(fitting.size()));
                }
                Case c = valid(this, e, r);
                String path = c.path();
                String existing = path.contains("?") ? path.substring(path.indexOf('?') + 1) : null;
                String base = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                if (existing != null && r.nextBoolean()) {
                    query = existing + "&" + existing; // the scope given twice
                } else if (existing != null) {
                    query = existing + "&" + query;
                }
                return new Case(c.label(), e, base, query, c.contentType(), c.body(), c.headers());
            }
        },
        BAD_ID(Endpoint::takesId) {
            @Override
            Case make(Endpoint e, Random r) {
                String[] ids = e.api() == Api.CUSTOMER && r.nextBoolean() ? UNKNOWN_IDS : BAD_IDS;
                return withId(this, e, ids[r.nextInt(ids.length)], r);
            }
        },
        /** U+0000 in an id: PostgreSQL refuses it in a text column, so it must never reach a query. */
        NUL_ID(Endpoint::takesId) {
            @Override
            Case make(Endpoint e, Random r) {
                return withId(this, e, "K-%00", r);
            }
        },
        /** An escaped '%': decoded twice by a careless filter, it is an unterminated escape. */
        PERCENT_ID(Endpoint::takesId) {
            @Override
            Case make(Endpoint e, Random r) {
                return withId(this, e, "%25", r);
            }
        },
        /** U+0000 inside a text of an otherwise valid body. */
        NUL_TEXT(Endpoint::takesBody) {
            @Override
            Case make(Endpoint e, Random r) {
                return plain(this, e, "application/json", withNulText(e.validBody(), r), r);
            }
        },
        BAD_IF_MATCH(Endpoint::ifMatch) {
            @Override
            Case make(Endpoint e, Random r) {
                Case c = valid(this, e, r);
                return new Case(c.label(), e, c.path(), c.query(), c.contentType(), c.body(),
                        Map.of("If-Match", IF_MATCH_VALUES[r.nextInt(IF_MATCH_VALUES.length)]));
            }
        },
        WRONG_METHOD(e -> e.method().equals("GET")) {
            @Override
            Case make(Endpoint e, Random r) {
                String method = List.of("PATCH", "POST", "PUT").get(r.nextInt(3));
                Endpoint other = new Endpoint(e.api(), method, e.path(), e.realId(), null, false, e.params(), false);
                Case c = valid(this, other, r);
                // a body that is malformed too, in case the method exists after all
                return new Case(c.label(), other, c.path(), c.query(), "application/json", "{\"x\":".getBytes(StandardCharsets.UTF_8),
                        c.headers());
            }
        };

        private final Predicate<Endpoint> appliesTo;

        Defect(Predicate<Endpoint> appliesTo) {
            this.appliesTo = appliesTo;
        }

        boolean appliesTo(Endpoint e) {
            return appliesTo.test(e);
        }

        abstract Case make(Endpoint e, Random r);

        /** The endpoint as a correct request would call it (real id, a fitting If-Match left out). */
        static Case valid(Defect d, Endpoint e, Random r) {
            byte[] body = e.takesBody() ? e.validBody().getBytes(StandardCharsets.UTF_8) : null;
            return new Case(d.name(), e, e.path().replace("{id}", e.realId() == null ? "" : e.realId()), null,
                    body == null ? null : "application/json", body, Map.of());
        }

        /** The valid request with {@code id} in the path instead of the real id. */
        static Case withId(Defect d, Endpoint e, String id, Random r) {
            Case c = valid(d, e, r);
            return new Case(c.label(), e, e.path().replace("{id}", id), c.query(), c.contentType(), c.body(), c.headers());
        }

        static Case plain(Defect d, Endpoint e, String contentType, byte[] body, Random r) {
            Case c = valid(d, e, r);
            return new Case(c.label(), e, c.path(), null, contentType, body, c.headers());
        }
    }

    /** A valid body with one field of the wrong JSON type, or with an unknown field added. */
    static byte[] mutate(String validBody, Random r, boolean unknownField) {
        try {
            JsonNode root = JSON.readTree(validBody);
            ObjectNode target = root.isArray() ? (ObjectNode) root.get(0) : (ObjectNode) root;
            if (unknownField) {
                target.set("zz" + Integer.toHexString(r.nextInt()), r.nextBoolean() ? NODES.numberNode(1) : NODES.textNode("x"));
            } else {
                List<String> names = new ArrayList<>();
                Iterator<String> it = target.fieldNames();
                it.forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                target.set(name, wrongTypeFor(target.get(name), r));
            }
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid body with U+0000 put into one of its texts (or a new text field if it has none). */
    static byte[] withNulText(String validBody, Random r) {
        try {
            JsonNode root = JSON.readTree(validBody);
            ObjectNode target = root.isArray() ? (ObjectNode) root.get(0) : (ObjectNode) root;
            List<String> texts = new ArrayList<>();
            target.fieldNames().forEachRemaining(name -> {
                if (target.get(name).isTextual()) {
                    texts.add(name);
                }
            });
            String name = texts.isEmpty() ? "note" : texts.get(r.nextInt(texts.size()));
            target.put(name, (texts.isEmpty() ? "" : target.get(name).asText()) + "\u0000");
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode wrongTypeFor(JsonNode value, Random r) {
        List<JsonNode> options = new ArrayList<>();
        ArrayNode array = NODES.arrayNode().add("x");
        ObjectNode object = NODES.objectNode().put("x", 1);
        if (!value.isTextual()) {
            options.add(NODES.textNode("12"));
        }
        if (!value.isNumber()) {
            options.add(NODES.numberNode(r.nextInt(1000)));
            options.add(NODES.numberNode(1.5));
        }
        if (!value.isBoolean()) {
            options.add(NODES.booleanNode(true));
        }
        if (!value.isArray()) {
            options.add(array);
        }
        if (!value.isObject()) {
            options.add(object);
        }
        return options.get(r.nextInt(options.size()));
    }

    private static String firstField(Endpoint e) {
        try {
            JsonNode root = JSON.readTree(e.validBody());
            return (root.isArray() ? root.get(0) : root).fieldNames().next();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Valid JSON of about {@code size} bytes: the endpoint's body with a long first text field. */
    private static byte[] padded(Endpoint e, int size) {
        try {
            JsonNode root = JSON.readTree(e.validBody());
            ObjectNode target = root.isArray() ? (ObjectNode) root.get(0) : (ObjectNode) root;
            Iterator<Map.Entry<String, JsonNode>> fields = target.fields();
            String name = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    name = field.getKey();
                    break;
                }
            }
            target.put(name == null ? "padding" : name, "x".repeat(size));
            return JSON.writeValueAsBytes(root);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A few bodies just under the HTTP layer's 10 MB: read to the end, answered with a 413 problem. */
    static List<Case> oversizeAtTheServerLimit(List<Endpoint> endpoints) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e.takesBody() && (e.path().equals("/addresses") || e.path().endsWith("/status") || e.path().endsWith("/import"))) {
                cases.add(new Case("OVERSIZE_9MB", e, e.path().replace("{id}", e.realId() == null ? "" : e.realId()), null,
                        "application/json", padded(e, 9 * 1024 * 1024), Map.of()));
            }
        }
        return cases;
    }
}
