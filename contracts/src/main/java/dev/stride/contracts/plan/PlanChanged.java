package dev.stride.contracts.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan created, revised or cancelled, on {@code plan-events} (key = athlete id), carrying the
 * plan's whole schedule at {@code planVersion} so that a consumer needs no other state.
 */
public record PlanChanged(
        UUID eventId,
        PlanChange change,
        UUID planId,
        long planVersion,
        String athleteId,
        String timeZone,
        LocalDate startDate,
        int weeks,
        int sessionsPerWeek,
        List<PlannedSession> sessions,
        Instant occurredAt) {

    public static final String SCHEMA = "schemas/plan-changed.v1.schema.json";
}
