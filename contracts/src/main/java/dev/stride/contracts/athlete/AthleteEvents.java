package dev.stride.contracts.athlete;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import org.apache.kafka.common.header.Headers;

/** Reads the records of {@code athlete-events}, refusing (IOException) what a consumer must not act on. */
public final class AthleteEvents {
    private static final ObjectReader ERASED = EventJson.mapper().readerFor(AthleteErased.class);
    private static final ObjectReader CONFIRMED = EventJson.mapper().readerFor(AthleteErasureConfirmed.class);
    private static final ObjectReader CONNECTED = EventJson.mapper().readerFor(AthleteConnected.class);
    private static final ObjectReader DISCONNECTED = EventJson.mapper().readerFor(AthleteDisconnected.class);
    private static final String CONNECTION_RULE = "eventId, athleteId (" + AthleteId.RULE + "), source ("
            + SourceName.RULE + "), clientId (" + ClientId.RULE + ") and ";

    private AthleteEvents() {
    }

    /** The erasure the record carries; empty for a record of another type. */
    public static Optional<AthleteErased> erasure(Headers headers, byte[] value) throws IOException {
        if (!type(headers).equals(AthleteErased.TYPE)) {
            return Optional.empty();
        }
        AthleteErased erased = ERASED.readValue(value == null ? new byte[0] : value);
        if (erased == null || erased.requestId() == null || erased.requestedAt() == null || !AthleteId.valid(erased.athleteId())) {
            throw new IOException("athleteId (" + AthleteId.RULE + "), requestId and requestedAt are required");
        }
        return Optional.of(erased);
    }

    /** The confirmation the record carries; empty for a record of another type. */
    public static Optional<AthleteErasureConfirmed> confirmation(Headers headers, byte[] value) throws IOException {
        if (!type(headers).equals(AthleteErasureConfirmed.TYPE)) {
            return Optional.empty();
        }
        AthleteErasureConfirmed confirmed = CONFIRMED.readValue(value == null ? new byte[0] : value);
        if (confirmed == null || confirmed.requestId() == null || confirmed.confirmedAt() == null
                || confirmed.service() == null || !confirmed.service().matches("[a-z][a-z0-9-]{0,62}")) {
            throw new IOException("requestId, service (a-z 0-9 -) and confirmedAt are required");
        }
        return Optional.of(confirmed);
    }

    /** The connection the record carries; empty for a record of another type. */
    public static Optional<AthleteConnected> connected(Headers headers, byte[] value) throws IOException {
        if (!type(headers).equals(AthleteConnected.TYPE)) {
            return Optional.empty();
        }
        AthleteConnected connected = CONNECTED.readValue(value == null ? new byte[0] : value);
        if (connected == null || connected.eventId() == null || connected.connectedAt() == null
                || !validConnection(connected.athleteId(), connected.source(), connected.clientId())) {
            throw new IOException(CONNECTION_RULE + "connectedAt are required");
        }
        return Optional.of(connected);
    }

    /** The end of a connection the record carries; empty for a record of another type. */
    public static Optional<AthleteDisconnected> disconnected(Headers headers, byte[] value) throws IOException {
        if (!type(headers).equals(AthleteDisconnected.TYPE)) {
            return Optional.empty();
        }
        AthleteDisconnected disconnected = DISCONNECTED.readValue(value == null ? new byte[0] : value);
        if (disconnected == null || disconnected.eventId() == null || disconnected.disconnectedAt() == null
                || !validConnection(disconnected.athleteId(), disconnected.source(), disconnected.clientId())) {
            throw new IOException(CONNECTION_RULE + "disconnectedAt are required");
        }
        return Optional.of(disconnected);
    }

    private static boolean validConnection(String athleteId, String source, String clientId) {
        return AthleteId.valid(athleteId) && SourceName.valid(source) && ClientId.valid(clientId);
    }

    private static String type(Headers headers) {
        return CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).orElse("");
    }
}
