package dev.stride.progress.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.progress.transfer.CsvFormat;
import dev.stride.progress.transfer.ForeignSet;

/**
 * A row of another app's file as a completed set. Its event id derives from what identifies the row
 * (athlete, format, workout start and title, exercise, set order), so a file imported twice counts
 * once; its session id from the workout, so the workout comes back as one session. Each set is
 * stamped with the workout's start: the files keep no time per set.
 */
final class ImportedSets {
    private ImportedSets() {
    }

    static SetCompleted of(String athleteId, CsvFormat format, ForeignSet row, UUID exerciseId, ImportOptions options) {
        String workout = athleteId + '\n' + row.workoutStart() + '\n' + row.workoutTitle();
        String eventId = "import-" + uuid(workout + '\n' + format + '\n' + ExerciseNames.normal(row.exerciseName())
                + '\n' + row.setOrder());
        return new SetCompleted(eventId, athleteId, exerciseId, row.workoutStart().atZone(options.timeZone()).toOffsetDateTime(),
                options.timeZone().getId(), row.reps(), row.weightKg(), row.seconds(), row.distanceMeters(), row.side(),
                row.rpe(), null, uuid(workout), row.setOrder(), "import:" + format.name().toLowerCase(Locale.ROOT));
    }

    private static UUID uuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
