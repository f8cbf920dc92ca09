package dev.stride.contracts.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A late or voided set changed a week already closed: {@code volume} replaces {@code previous};
 * {@code revision} counts from 1; on {@code progress-events}.
 */
public record WeekRevised(UUID eventId, String athleteId, LocalDate weekStart, String isoWeek, int revision,
                          WeekVolume previous, WeekVolume volume, Instant occurredAt) {

    public static final String TYPE = "stride.progress.week-revised.v1";
    public static final String SCHEMA = "schemas/week-revised.v1.schema.json";
}
