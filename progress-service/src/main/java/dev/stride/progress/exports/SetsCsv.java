package dev.stride.progress.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.sessions.WorkoutSession;
import dev.stride.progress.sessions.WorkoutSessions;
import dev.stride.progress.transfer.ForeignCsvWriter;
import dev.stride.progress.transfer.ForeignSet;
import dev.stride.progress.transfer.SetKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The athlete's sets in Strong's or Hevy's column shape, a workout per session (see
 * {@link WorkoutSession}), times in the session's own zone, voided sets left out. Streamed:
 * sessions are read a few dozen at a time.
 */
@ApplicationScoped
public class SetsCsv {
    private final WorkoutSessions sessions;

    SetsCsv(WorkoutSessions sessions) {
        this.sessions = sessions;
    }

    /** Strong's or Hevy's shape. */
    public enum Format {
        STRONG, HEVY
    }

    public void write(String athleteId, Format format, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (ForeignCsvWriter csv = format == Format.STRONG ? ForeignCsvWriter.strong(text) : ForeignCsvWriter.hevy(text)) {
            sessions.everySession(athleteId, session -> write(csv, session));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        text.flush();
    }

    private static void write(ForeignCsvWriter csv, WorkoutSession session) {
        ZoneId zone = ZoneId.of(session.timeZone());
        LocalDateTime start = session.start().atZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime end = session.end().atZoneSameInstant(zone).toLocalDateTime();
        String title = session.planned() == null ? "Workout" : "Plan week " + session.planned().week();
        try {
            for (WorkoutSession.ExerciseBlock block : session.exercises()) {
                List<LoggedSet> sets = block.performed();
                String name = block.name() == null ? "Unknown exercise " + block.exerciseId() : block.name();
                for (int i = 0; i < sets.size(); i++) {
                    LoggedSet set = sets.get(i);
                    csv.write(new ForeignSet(title, start, end, name, i + 1, SetKind.NORMAL, set.loadKg(), set.reps(),
                            set.distanceMeters(), set.durationSeconds(), set.rpe(), set.side(), null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
