package dev.stride.testing.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

/**
 * The authorization matrix of a service: each operation against each of the {@link Callers}, with
 * the status that caller must get, one dynamic test per cell. Requests carry real tokens, verified
 * by the service through quarkus-oidc against the test issuer's JWKS. A refusal must be problem
 * details; a 401 also carries the Bearer challenge.
 */
public final class AccessMatrix {
    private final List<Row> rows = new ArrayList<>();

    /** One operation; {@code request} gives a fresh request for each cell (a new slug, the current ETag). */
    public record Request(String method, String path, String body, Map<String, String> headers) {
        public static Request of(String method, String path) {
            return new Request(method, path, null, Map.of());
        }

        public Request body(String json) {
            return new Request(method, path, json, headers);
        }

        public Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, path, body, more);
        }
    }

    private record Row(String name, String scope, Supplier<Request> request, int[] statuses) {
    }

    /**
     * Adds an operation needing {@code scope} (null: none) and the status of each caller, in the
     * order of {@link Callers}: anonymous, athlete A, athlete B, app with the scope, app without
     * it, platform, catalog editor.
     */
    public AccessMatrix row(String name, String scope, Supplier<Request> request, int... statuses) {
        if (statuses.length != Callers.values().length) {
            throw new IllegalArgumentException(name + ": one status per caller, " + Callers.values().length + " in all");
        }
        rows.add(new Row(name, scope, request, statuses));
        return this;
    }

    public Stream<DynamicTest> cells() {
        return rows.stream().flatMap(row -> Stream.of(Callers.values()).map(caller -> DynamicTest.dynamicTest(
                row.name() + " as " + caller.label() + " → " + row.statuses()[caller.ordinal()],
                () -> check(row, caller, row.statuses()[caller.ordinal()]))));
    }

    private static void check(Row row, Callers caller, int expected) {
        Request request = row.request().get();
        RequestSpecification spec = given().headers(request.headers());
        String authorization = caller.authorization(row.scope());
        if (authorization != null) {
            spec.header("Authorization", authorization);
        }
        if (request.body() != null) {
            spec.body(request.body());
            if (!request.headers().containsKey("Content-Type")) {
                spec.contentType("application/json");
            }
        }
        ValidatableResponse response = spec.when().request(request.method(), request.path()).then().statusCode(expected);
        if (expected == 401 || expected == 403 || expected == 404) {
            response.contentType("application/problem+json").body("status", equalTo(expected));
        }
        if (expected == 401) {
            response.header("WWW-Authenticate", startsWith("Bearer"));
        }
    }
}
