package dev.stride.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every door of a service, tried as an attacker would (see {@link HostileCases}): each answer is
 * the expected status as RFC 9457 problem details, naming the field at fault, with no Java class,
 * package, SQL or stack trace in it; and nothing is stored or published by any of them. A
 * service's {@code @QuarkusTest} extends it and lists its doors, one per operation of its OpenAPI
 * document, which is checked.
 */
public abstract class HostileInputTest {
    private static final Logger LOG = Logger.getLogger(HostileInputTest.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|dev\\.stride|com\\.fasterxml|org\\.postgresql|io\\.quarkus|Exception|\\bat [\\w$.]+\\(|SELECT |INSERT |\"stack\"");

    /** Each operation of the service's OpenAPI document with values it accepts. */
    protected abstract List<Door> doors();

    /** A number that anything the service stores or publishes changes (rows, outbox, topic offsets). */
    protected abstract long footprint() throws Exception;

    @TestFactory
    Stream<DynamicTest> everyDoorRefusesHostileInputWithProblemDetailsAndKeepsNothing() {
        List<HostileCase> cases = doors().stream().flatMap(door -> HostileCases.of(door).stream()).toList();
        long[] before = new long[1];
        Statuses answered = new Statuses();
        return Stream.of(
                doors().stream().filter(door -> door.body() != null).map(door -> DynamicTest.dynamicTest(
                        door.operation() + ": its valid body is accepted", () -> acceptsItsValidBody(door))),
                Stream.of(DynamicTest.dynamicTest("footprint before", () -> before[0] = footprint())),
                cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> answered.add(c, check(c)))),
                Stream.of(DynamicTest.dynamicTest("nothing was stored or published", () -> {
                    LOG.info(answered.summary());
                    assertEquals(before[0], footprint(), "the footprint changed");
                })))
                .flatMap(s -> s);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasADoor() throws IOException {
        JsonNode paths = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").asString()).get("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            paths.get(path).fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    documented.add(method.toUpperCase() + " " + path);
                }
            });
        }
        Set<String> tried = new TreeSet<>(doors().stream().map(Door::operation).toList());
        assertEquals(documented, tried);
    }

    /** So that each hostile body differs from an accepted one by its hostile part alone. */
    private static void acceptsItsValidBody(Door door) throws IOException {
        HostileCase valid = HostileCase.of(door, "valid", door.target(Map.of(), Map.of()),
                door.mediaType(), door.body(), Set.of(200, 201, 202, 204), null);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, valid.method(), valid.target(), valid.headers(), valid.body());
        assertTrue(valid.statuses().contains(answer.status()), door.operation() + " -> " + answer.status() + " " + answer.body());
    }

    private static int check(HostileCase c) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, c.method(), c.target(), c.headers(), c.body());
        String shown = c.name() + " -> " + answer.status() + " " + (answer.body().length() > 600 ? answer.body().substring(0, 600) : answer.body());
        assertTrue(c.statuses().contains(answer.status()), "expected " + c.statuses() + ", got " + shown);
        assertTrue(answer.header("content-type").startsWith("application/problem+json"), "not problem details: " + shown);
        assertFalse(LEAK.matcher(answer.body()).find(), "leaks an implementation detail: " + shown);
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(answer.status(), problem.path("status").asInt(), shown);
        if (c.field() != null && answer.status() == 400) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            assertTrue(fields.stream().anyMatch(f -> f.equals(c.field()) || f.startsWith(c.field() + ".")
                    || f.startsWith(c.field() + "[")), "does not name " + c.field() + ": " + shown);
        }
        return answer.status();
    }
}
