package dev.stride.progress.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An erasure request and, per service holding athlete data, when it confirmed (null: not yet). */
public record ErasureStatus(UUID requestId, String athleteId, Instant requestedAt, List<ServiceConfirmation> services,
                            boolean complete) {

    public record ServiceConfirmation(String service, Instant confirmedAt) {
    }
}
