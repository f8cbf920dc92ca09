package dev.stride.workload;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;

/**
 * What the workload sent, folded in plain Java with no code of progress-service: every set counts
 * once by its event id (the first content sent), a void withdraws the athlete's set whether it
 * comes before or after it, and every poison record is one dead letter.
 */
public final class Truth {
    private final Map<String, Counted> sets = new HashMap<>();
    private final Map<String, String> voids = new HashMap<>();
    private final SortedMap<String, ZoneId> athletes = new TreeMap<>();
    private long records;
    private long deadLetters;

    private record Counted(String athleteId, AthleteWeek week, Totals totals) {
    }

    public synchronized void record(WorkloadRecord record) {
        records++;
        switch (record.kind()) {
            case SET -> count((SetCompleted) record.event());
            case VOID -> voids.putIfAbsent(((SetVoided) record.event()).voidedEventId(), record.athleteId());
            case POISON -> deadLetters++;
        }
    }

    private void count(SetCompleted set) {
        athletes.putIfAbsent(set.athleteId(), ZoneId.of(set.timeZone()));
        sets.putIfAbsent(set.eventId(), new Counted(set.athleteId(), AthleteWeek.of(set), Totals.of(set)));
    }

    /** Volume per athlete and ISO week (in the athlete's zone) of every set sent and not voided. */
    public synchronized Map<AthleteWeek, Totals> weeks() {
        Map<AthleteWeek, Totals> weeks = new HashMap<>();
        sets.forEach((eventId, counted) -> {
            if (!counted.athleteId().equals(voids.get(eventId))) {
                weeks.merge(counted.week(), counted.totals(), Totals::plus);
            }
        });
        return weeks;
    }

    /** Every athlete who sent at least one valid set, with their time zone. */
    public synchronized SortedMap<String, ZoneId> athletes() {
        return new TreeMap<>(athletes);
    }

    public synchronized long records() {
        return records;
    }

    public synchronized long deadLetters() {
        return deadLetters;
    }

    /** Distinct valid sets sent, voided or not. */
    public synchronized long distinctSets() {
        return sets.size();
    }

    public synchronized long voidedSets() {
        return sets.entrySet().stream().filter(e -> e.getValue().athleteId().equals(voids.get(e.getKey()))).count();
    }
}
