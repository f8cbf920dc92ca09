package dev.stride.progress.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one import has done so far; bounded whatever the file holds (refusals and names are capped). */
final class ImportTally {
    /** Distinct unmapped names counted one by one; a file naming more is counted under one entry. */
    private static final int NAMES_KEPT = 500;
    private static final String OTHER_NAMES = "(other names)";
    private long rowsRead;
    private long published;
    private long refused;
    private final Map<String, Long> unmapped = new LinkedHashMap<>();
    private final List<ImportJob.Refusal> newRefusals = new ArrayList<>();

    void read() {
        rowsRead++;
    }

    long rowsRead() {
        return rowsRead;
    }

    void published(int sets) {
        published += sets;
    }

    void refused(long line, String reason) {
        if (refused < ImportJobs.REFUSALS_KEPT) {
            newRefusals.add(new ImportJob.Refusal(line, reason));
        }
        refused++;
    }

    void unmapped(String name) {
        String key = unmapped.containsKey(name) || unmapped.size() < NAMES_KEPT ? name : OTHER_NAMES;
        unmapped.merge(key, 1L, Long::sum);
    }

    /** The progress to report now; the refusals it lists are not listed again. */
    ImportJobs.Progress progress() {
        ImportJobs.Progress progress = new ImportJobs.Progress(rowsRead, published, refused, Map.copyOf(unmapped),
                List.copyOf(newRefusals));
        newRefusals.clear();
        return progress;
    }
}
