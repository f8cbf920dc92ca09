package dev.stride.testing.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The table: for each door, every path parameter with characters a path may carry encoded, every
 * query parameter with text no query should hold, and, for a body, the wrong or missing media type,
 * an over-size body, a body in chunks without a length (its size unknown until read), broken JSON,
 * and each field (nested ones too) replaced by values of the wrong JSON type, NUL and lone
 * surrogates, 200,000 characters, 1e400 1,001-item arrays and [null]. An upload
 * (a body that is not JSON) gets the media-type and size cases and bodies of no format it reads.
 */
final class HostileCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    /** A hostile path value may also name what the caller may not reach: not theirs (403), or no such thing (404). */
    private static final Set<Integer> PATH_STATUSES = Set.of(400, 401, 403, 404);
    /** A body naming another athlete than the caller's token may be refused as such before it is read further. */
    private static final Set<Integer> CALLER_BOUND = Set.of(400, 403);
    private static final Map<String, String> PATH_VALUES = Map.of(
            "space", "a%20b", "quote", "a%22b", "backslash", "a%5Cb", "NUL", "a%00b", "CR LF", "a%0D%0Ab",
            "malformed escape", "a%zz", "raw quote", "a\"b", "invalid UTF-8", "a%C3%28b", "2,000 characters", "a".repeat(2_000));
    private static final Map<String, String> QUERY_VALUES = Map.of(
            "NUL", "a%00b", "CR LF", "a%0D%0Ab", "2,000 characters", "a".repeat(2_000), "lone surrogate", "%ED%A0%80");
    private static final List<String> STRING_REPLACEMENTS = List.of("\"a\\u0000b\"", "\"a\\ud800b\"",
            "\"" + "x".repeat(200_000) + "\"", "12", "true", "1e400", "{}", "[]");
    private static final List<String> INTEGER_REPLACEMENTS = List.of("1.5", "\"5\"", "1e400", "true", "99999999999", "[]");
    private static final List<String> NUMBER_REPLACEMENTS = List.of("\"5\"", "true", "1e400", "[]");
    private static final List<String> CONTAINER_REPLACEMENTS = List.of("\"x\"", "12");

    private HostileCases() {
    }

    static List<HostileCase> of(Door door) {
        List<HostileCase> cases = new ArrayList<>();
        door.pathParameters().keySet().forEach(name -> PATH_VALUES.forEach((label, value) -> cases.add(HostileCase.of(door,
                "path " + name + " with " + label, door.target(Map.of(name, value), Map.of()), door.mediaType(), door.body(),
                PATH_STATUSES, null))));
        door.query().keySet().forEach(name -> QUERY_VALUES.forEach((label, value) -> cases.add(HostileCase.of(door,
                "query " + name + " with " + label, door.target(Map.of(), Map.of(name, value)), door.mediaType(), door.body(),
                BAD_REQUEST, name))));
        String target = door.target(Map.of(), Map.of());
        cases.add(HostileCase.of(door, "PATCH", "method PATCH", target, door.mediaType(), door.body(), Set.of(404, 405), null));
        if (door.body() != null) {
            cases.addAll(door.takesJson() ? bodies(door, target) : uploads(door, target));
        }
        return cases;
    }

    private static List<HostileCase> bodies(Door door, String target) {
        String body = door.body();
        List<HostileCase> cases = new ArrayList<>(List.of(
                HostileCase.of(door, "no Content-Type", target, null, body, Set.of(415), null),
                HostileCase.of(door, "Content-Type text/plain", target, "text/plain", body, Set.of(415), null),
                HostileCase.of(door, "a body over the size limit", target, JSON_TYPE,
                        "{\"x\":\"" + " ".repeat(2_500_000) + "\"}", Set.of(413), null),
                HostileCase.of(door, "valid", target, JSON_TYPE, body, Set.of(), null)
                        .chunked(door.operation() + ": its valid body in chunks, without a length", Set.of(411)),
                HostileCase.of(door, "not JSON", target, JSON_TYPE, "{oops", BAD_REQUEST, null),
                HostileCase.of(door, "a second document after the first", target, JSON_TYPE, body + " {}", BAD_REQUEST, null),
                HostileCase.of(door, "a duplicate key", target, JSON_TYPE, duplicateFirstKey(body), BAD_REQUEST, null),
                HostileCase.of(door, "5,000 levels of nesting", target, JSON_TYPE,
                        "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}", BAD_REQUEST, null),
                HostileCase.of(door, "a string instead of an object", target, JSON_TYPE, "\"text\"", BAD_REQUEST, null),
                HostileCase.of(door, "a number instead of an object", target, JSON_TYPE, "12", BAD_REQUEST, null)));
        JsonNode valid = tree(body);
        fields(valid, "", valid, door, target, cases);
        return cases;
    }

    /** An upload: the wrong or no media type, a file over the upload limit, and bodies of no format the door reads. */
    private static List<HostileCase> uploads(Door door, String target) {
        return List.of(
                HostileCase.of(door, "no Content-Type", target, null, door.body(), Set.of(415), null),
                HostileCase.of(door, "Content-Type application/json", target, JSON_TYPE, door.body(), Set.of(415), null),
                HostileCase.of(door, "a file over the upload limit", target, door.mediaType(), "x".repeat(65 * 1024 * 1024),
                        Set.of(413), null),
                HostileCase.of(door, "JSON instead of the format", target, door.mediaType(), "{\"a\": 1}", BAD_REQUEST, "body"),
                HostileCase.of(door, "NUL and lone surrogates", target, door.mediaType(), "a\u0000b,\ud800\n1,2", BAD_REQUEST, "body"),
                HostileCase.of(door, "an empty body", target, door.mediaType(), "", BAD_REQUEST, "body"));
    }

    /** Each field of {@code node} (recursively, the first item of arrays) replaced in a copy of {@code root}. */
    private static void fields(JsonNode node, String at, JsonNode root, Door door, String target, List<HostileCase> cases) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                replacements(field.getValue()).forEach(value -> cases.add(replaced(root, path, value, door, target)));
                fields(field.getValue(), path, root, door, target, cases);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String path = at + "[0]";
            replacements(node.get(0)).forEach(value -> cases.add(replaced(root, path, value, door, target)));
            fields(node.get(0), path, root, door, target, cases);
        }
    }

    private static List<String> replacements(JsonNode value) {
        if (value.isTextual()) {
            return STRING_REPLACEMENTS;
        }
        if (value.isIntegralNumber()) {
            return INTEGER_REPLACEMENTS;
        }
        if (value.isNumber()) {
            return NUMBER_REPLACEMENTS;
        }
        if (value.isArray()) {
            List<String> replacements = new ArrayList<>(CONTAINER_REPLACEMENTS);
            replacements.add("[null]");
            replacements.add(hugeArray(value));
            return replacements;
        }
        return value.isObject() ? CONTAINER_REPLACEMENTS : List.of("\"true\"", "1");
    }

    private static HostileCase replaced(JsonNode root, String path, String value, Door door, String target) {
        JsonNode copy = root.deepCopy();
        String marker = "\"@@hostile@@\"";
        set(copy, path, JSON.getNodeFactory().textNode("@@hostile@@"));
        String body = write(copy).replace(marker, value);
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        String root0 = path.split("[.\\[]", 2)[0];
        return HostileCase.of(door, path + " = " + shown, target, JSON_TYPE, body,
                root0.equals("athleteId") ? CALLER_BOUND : BAD_REQUEST, root0);
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        String[] steps = path.replace("[0]", ".[0]").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].equals("[0]") ? parent.get(0) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.equals("[0]")) {
            ((ArrayNode) parent).set(0, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static String hugeArray(JsonNode array) {
        String item = array.isEmpty() ? "\"x\"" : write(array.get(0));
        return "[" + String.join(",", java.util.Collections.nCopies(1_001, item)) + "]";
    }

    private static String duplicateFirstKey(String body) {
        JsonNode tree = tree(body);
        if (!(tree instanceof ContainerNode<?>) || !tree.isObject() || tree.isEmpty()) {
            return body + body;
        }
        String first = tree.fieldNames().next();
        return "{\"" + first + "\":" + write(tree.get(first)) + "," + body.strip().substring(1);
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a door's body must be valid JSON: " + body, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
