package dev.stride.progress.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.volume.VolumeItem;

/**
 * One workout: the sets that named the same {@code sessionId}, or (for sets naming none) sets
 * with no gap of more than 90 minutes between them, whose id is {@code started-} and the first
 * set's instant. Start and end are the first and last set's times; voided sets are not part of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkoutSession(String sessionId, Grouping groupedBy, OffsetDateTime start, OffsetDateTime end,
                             long durationSeconds, LocalDate localDate, String timeZone, PlannedSessionLink planned,
                             int sets, VolumeItem volume, List<ExerciseBlock> exercises) {

    /** Whether the sets named the session, or the 90-minute rule grouped them. */
    public enum Grouping {
        SESSION_ID, TIME_GAP
    }

    /** The planned session the sets named (their plan's session with the same id). */
    public record PlannedSessionLink(UUID planId, UUID plannedSessionId, int week, LocalDate date) {
    }

    /** One exercise of the session; {@code performed} only when one session is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExerciseBlock(UUID exerciseId, String name, int sets, VolumeItem volume, List<LoggedSet> performed) {
    }
}
