package dev.stride.contracts.athlete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A consumer of athlete-events acts on a connection or its end only when every field of it is one it may act on. */
class ConnectionEventsReadingTest {
    private static final UUID EVENT = UUID.fromString("3f1c2a4e-0000-4000-8000-000000000001");
    private static final String CONNECTED = """
            {"eventId": "%s", "athleteId": "ana-1", "source": "coach-app", "clientId": "demo-coach-app",
             "connectedAt": "2026-03-02T17:00:00Z"}""".formatted(EVENT);
    private static final ObjectWriter ASCII = EventJson.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final String DISCONNECTED = CONNECTED.replace("connectedAt", "disconnectedAt");

    @Test
    void readsAConnectionWithItsAppsClient() throws IOException {
        AthleteConnected connected = AthleteEvents.connected(headers(AthleteConnected.TYPE), bytes(CONNECTED)).orElseThrow();
        assertEquals(new AthleteConnected(EVENT, "ana-1", "coach-app", "demo-coach-app",
                Instant.parse("2026-03-02T17:00:00Z")), connected);
    }

    @Test
    void readsTheEndOfAConnection() throws IOException {
        AthleteDisconnected disconnected = AthleteEvents.disconnected(headers(AthleteDisconnected.TYPE), bytes(DISCONNECTED))
                .orElseThrow();
        assertEquals(new AthleteDisconnected(EVENT, "ana-1", "coach-app", "demo-coach-app",
                Instant.parse("2026-03-02T17:00:00Z")), disconnected);
    }

    @Test
    void aRecordOfAnotherTypeIsNotAConnection() throws IOException {
        assertEquals(Optional.empty(), AthleteEvents.connected(headers(AthleteErased.TYPE), bytes("{oops")));
        assertEquals(Optional.empty(), AthleteEvents.disconnected(headers(AthleteConnected.TYPE), bytes(CONNECTED)));
        assertEquals(Optional.empty(), AthleteEvents.connected(headers(AthleteDisconnected.TYPE), bytes(DISCONNECTED)));
        assertEquals(Optional.empty(), AthleteEvents.erasure(headers(AthleteConnected.TYPE), bytes(CONNECTED)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "athleteId", "source", "clientId", "connectedAt"})
    void aConnectionMissingAFieldIsRefused(String field) {
        ObjectNode missing = tree(CONNECTED);
        missing.remove(field);
        assertThrows(IOException.class, () -> AthleteEvents.connected(headers(AthleteConnected.TYPE), bytes(missing.toString())));
        ObjectNode nulled = tree(CONNECTED).putNull(field);
        assertThrows(IOException.class, () -> AthleteEvents.connected(headers(AthleteConnected.TYPE), bytes(nulled.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "athleteId", "source", "clientId", "disconnectedAt"})
    void anEndOfConnectionMissingAFieldIsRefused(String field) {
        ObjectNode missing = tree(DISCONNECTED);
        missing.remove(field);
        assertThrows(IOException.class, () -> AthleteEvents.disconnected(headers(AthleteDisconnected.TYPE), bytes(missing.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "", "ana/1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anAthleteIdNoContractAllowsIsRefused(String athleteId) {
        assertRefused("athleteId", athleteId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Coach-App", "-coach", "coach app", "coach/app", "coach_app", "",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void aSourceNotNamedAsSourcesAreIsRefused(String source) {
        assertRefused("source", source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "demo\u0000app", "demo\napp", "demo\u007fapp", "demo\u0085app", "demo\ud800app"})
    void aClientIdThatIsBlankOrHoldsControlCharactersIsRefused(String clientId) {
        assertRefused("clientId", clientId);
    }

    @Test
    void aClientIdOfAtMost255PrintableCharactersIsRead() throws IOException {
        String longest = "c".repeat(255);
        String spaced = "Coach App: ü/ß 🏃";
        for (String clientId : new String[] {longest, spaced}) {
            assertTrue(AthleteEvents.connected(headers(AthleteConnected.TYPE), bytes(with("clientId", clientId))).isPresent());
        }
        assertRefused("clientId", longest + "c");
    }

    @Test
    void anEmptyOrUnreadableValueIsRefused() {
        assertThrows(IOException.class, () -> AthleteEvents.connected(headers(AthleteConnected.TYPE), null));
        assertThrows(IOException.class, () -> AthleteEvents.disconnected(headers(AthleteDisconnected.TYPE), bytes("{oops")));
        assertThrows(IOException.class, () -> AthleteEvents.disconnected(headers(AthleteDisconnected.TYPE), bytes("null")));
    }

    @Test
    void eachPairOfAthleteAndSourceHasItsOwnKey() {
        assertEquals("ana-1/connections/coach-app", AthleteConnected.key("ana-1", "coach-app"));
        assertEquals(AthleteConnected.key("ana-1", "coach-app"), AthleteDisconnected.key("ana-1", "coach-app"));
    }

    /** Refused both as a connection and as its end. */
    private static void assertRefused(String field, String value) {
        assertThrows(IOException.class, () -> AthleteEvents.connected(headers(AthleteConnected.TYPE), bytes(with(field, value))),
                field + " = " + value);
        String ended = with(field, value).replace("connectedAt", "disconnectedAt");
        assertThrows(IOException.class, () -> AthleteEvents.disconnected(headers(AthleteDisconnected.TYPE), bytes(ended)),
                field + " = " + value);
    }

    /** The valid connection with {@code field} set to {@code value}, every character beyond ASCII escaped (a lone surrogate too). */
    private static String with(String field, String value) {
        try {
            return ASCII.writeValueAsString(tree(CONNECTED).put(field, value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Headers headers(String type) {
        return CloudEventHeaders.of(UUID.randomUUID(), type, "/test", Instant.parse("2026-03-02T17:00:00Z"));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
