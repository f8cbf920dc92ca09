package dev.stride.contracts.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An ISO week (starting Monday {@code weekStart}, local) is over, with its volume; on {@code progress-events}. */
public record WeekClosed(UUID eventId, String athleteId, LocalDate weekStart, String isoWeek, String timeZone,
                         WeekVolume volume, Instant occurredAt) {

    public static final String TYPE = "stride.progress.week-closed.v1";
    public static final String SCHEMA = "schemas/week-closed.v1.schema.json";
}
