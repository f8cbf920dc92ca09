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

    private static String type(Headers headers) {
        return CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).orElse("");
    }
}
