package dev.stride.progress.imports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.TextRules;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.progress.sets.SetRules;
import dev.stride.progress.transfer.CsvFormat;
import dev.stride.progress.transfer.CsvRow;
import dev.stride.progress.transfer.ForeignSet;

/** Each row of a file as a set to publish, or refused with its line and reason, counted in the tally. */
final class ImportedRows {
    private static final int KEPT_NAMES = 500;
    private final ImportRunner.Upload upload;
    private final CsvFormat format;
    private final ExerciseNames names;
    private final ImportTally tally;
    private final Instant now;
    private final Map<UUID, String> keptNames = new LinkedHashMap<>();

    ImportedRows(ImportRunner.Upload upload, CsvFormat format, ExerciseNames names, ImportTally tally, Instant now) {
        this.upload = upload;
        this.format = format;
        this.names = names;
        this.tally = tally;
        this.now = now;
    }

    Optional<SetCompleted> take(CsvRow row) {
        tally.read();
        if (row instanceof CsvRow.Refused refused) {
            tally.refused(refused.line(), refused.reason());
            return Optional.empty();
        }
        ForeignSet set = ((CsvRow.Read) row).set();
        Optional<UUID> exercise = names.find(set.exerciseName());
        if (exercise.isEmpty()) {
            tally.unmapped(set.exerciseName());
            if (upload.options().unmapped() == ImportOptions.Unmapped.REFUSE) {
                tally.refused(row.line(), "exercise " + TextRules.quoted(set.exerciseName()) + " is not in the catalog");
                return Optional.empty();
            }
            exercise = Optional.of(keep(set.exerciseName()));
        }
        SetCompleted completed = ImportedSets.of(upload.athleteId(), format, set, exercise.get(), upload.options());
        String violations = SetRules.check(completed, now).stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            tally.refused(row.line(), violations);
            return Optional.empty();
        }
        return Optional.of(completed);
    }

    /** The names kept without a catalog match, by the id their rows were stored under. */
    Map<UUID, String> keptNames() {
        return keptNames;
    }

    private UUID keep(String name) {
        UUID id = ExerciseNames.unknown(name);
        if (keptNames.size() < KEPT_NAMES) {
            keptNames.putIfAbsent(id, name);
        }
        return id;
    }
}
