package dev.stride.progress.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An import as its caller follows it: rows read, sets published, rows refused (the first
 * {@value ImportJobs#REFUSALS_KEPT} with their line and reason), and the exercise names the catalog
 * did not know, with how many rows named each.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJob(UUID jobId, String athleteId, Status status, String format, String unmappedExercises,
                        long rowsRead, long published, long refused, Map<String, Long> unmapped, List<Refusal> refusals,
                        String failure, Instant createdAt, Instant updatedAt) {

    /** {@code INTERRUPTED}: the instance running it stopped; importing the same file again is safe. */
    public enum Status {
        RUNNING, DONE, FAILED, INTERRUPTED
    }

    public record Refusal(long line, String reason) {
    }
}
