package dev.stride.testing.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One operation of a service, with values it accepts: the path template of its OpenAPI document,
 * a valid value for each path and query parameter, and a valid JSON body (or none). {@code headers}
 * computes the headers a body needs (a webhook's signature); Content-Type is added by the cases.
 * {@code token} is the access token of a caller allowed through this door (null: none is sent).
 */
public record Door(String method, String path, Map<String, String> pathParameters, Map<String, String> query,
                   String body, String mediaType, Function<byte[], Map<String, String>> headers, String token) {
    static final String JSON = "application/json";

    /** {@code "GET /exercises/{idOrSlug}"}. */
    public static Door of(String operation) {
        String[] parts = operation.split(" ", 2);
        return new Door(parts[0], parts[1], Map.of(), Map.of(), null, JSON, body -> Map.of(), null);
    }

    public Door path(String name, String value) {
        return new Door(method, path, plus(pathParameters, name, value), query, body, mediaType, headers, token);
    }

    public Door query(String name, String value) {
        return new Door(method, path, pathParameters, plus(query, name, value), body, mediaType, headers, token);
    }

    public Door body(String json) {
        return new Door(method, path, pathParameters, query, json, JSON, headers, token);
    }

    /** A body that is not JSON (a CSV upload): its cases are the media type, the size and a body of another format. */
    public Door body(String text, String type) {
        return new Door(method, path, pathParameters, query, text, type, headers, token);
    }

    boolean takesJson() {
        return JSON.equals(mediaType);
    }

    public Door headers(Function<byte[], Map<String, String>> computed) {
        return new Door(method, path, pathParameters, query, body, mediaType, computed, token);
    }

    /** Every request through this door carries {@code accessToken} as its bearer token. */
    public Door as(String accessToken) {
        return new Door(method, path, pathParameters, query, body, mediaType, headers, accessToken);
    }

    /** The operation as the OpenAPI document names it. */
    public String operation() {
        return method + " " + path;
    }

    /** The request target with {@code overrides} in place of the valid path values. */
    String target(Map<String, String> pathOverrides, Map<String, String> queryOverrides) {
        String target = path;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            target = target.replace("{" + parameter.getKey() + "}", pathOverrides.getOrDefault(parameter.getKey(), parameter.getValue()));
        }
        Map<String, String> values = new LinkedHashMap<>(query);
        values.putAll(queryOverrides);
        StringBuilder out = new StringBuilder(target);
        values.forEach((name, value) -> out.append(out.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value));
        return out.toString();
    }

    private static Map<String, String> plus(Map<String, String> map, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }
}
