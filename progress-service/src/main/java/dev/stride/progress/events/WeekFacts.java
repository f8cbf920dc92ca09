package dev.stride.progress.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.progress.WeekRevised;
import dev.stride.contracts.progress.WeekVolume;
import dev.stride.progress.streak.StreakCalculator;
import dev.stride.progress.volume.SetVolume;

/**
 * Closes each ISO week with volume once it is over in the athlete's zone, and revises a closed
 * week when late or voided sets changed its volume.
 */
public final class WeekFacts {

    private WeekFacts() {
    }

    /** A week as last published and its revision (0 when only closed). */
    public record Closed(LocalDate weekStart, WeekVolume volume, int revision) {
    }

    /** The weeks to store as published and the facts to publish. */
    public record Outcome(List<Closed> changed, List<FactLog.Fact> facts) {
    }

    public static Outcome evaluate(AthleteHistory history, Map<LocalDate, Closed> published, Instant now) {
        Map<LocalDate, WeekVolume> weeks = weeks(history);
        SortedSet<LocalDate> starts = new TreeSet<>(weeks.keySet());
        starts.addAll(published.keySet());
        LocalDate thisWeek = StreakCalculator.weekOf(history.today());
        List<Closed> changed = new ArrayList<>();
        List<FactLog.Fact> facts = new ArrayList<>();
        for (LocalDate week : starts.headSet(thisWeek)) {
            WeekVolume volume = weeks.getOrDefault(week, new WeekVolume(0, 0, SetVolume.ZERO.tonnageKg(), 0,
                    SetVolume.ZERO.distanceMeters(), 0));
            Closed before = published.get(week);
            if (before == null && volume.sets() > 0) {
                changed.add(new Closed(week, volume, 0));
                facts.add(closed(history, week, volume, now));
            } else if (before != null && !same(before.volume(), volume)) {
                Closed after = new Closed(week, volume, before.revision() + 1);
                changed.add(after);
                facts.add(revised(history.athleteId(), before, after, now));
            }
        }
        return new Outcome(changed, facts);
    }

    private static Map<LocalDate, WeekVolume> weeks(AthleteHistory history) {
        Map<LocalDate, SetVolume> sums = new TreeMap<>();
        Map<LocalDate, Integer> activeDays = new TreeMap<>();
        history.days().forEach((day, volume) -> {
            LocalDate week = StreakCalculator.weekOf(day);
            sums.merge(week, volume, SetVolume::plus);
            activeDays.merge(week, volume.sets() > 0 ? 1 : 0, Integer::sum);
        });
        Map<LocalDate, WeekVolume> weeks = new TreeMap<>();
        sums.forEach((week, v) -> weeks.put(week, new WeekVolume(v.sets(), v.reps(), v.tonnageKg(), v.holdSeconds(),
                v.distanceMeters(), activeDays.get(week))));
        return weeks;
    }

    static boolean same(WeekVolume a, WeekVolume b) {
        return a.sets() == b.sets() && a.reps() == b.reps() && a.tonnageKg().compareTo(b.tonnageKg()) == 0
                && a.holdSeconds() == b.holdSeconds() && a.distanceMeters().compareTo(b.distanceMeters()) == 0
                && a.activeDays() == b.activeDays();
    }

    private static FactLog.Fact closed(AthleteHistory history, LocalDate week, WeekVolume volume, Instant now) {
        String key = "week-closed:" + history.athleteId() + ":" + week;
        return new FactLog.Fact(key, history.athleteId(), WeekClosed.TYPE, now, new WeekClosed(FactLog.eventId(key),
                history.athleteId(), week, StreakCalculator.isoWeek(week), history.zone().getId(), volume, now));
    }

    private static FactLog.Fact revised(String athleteId, Closed before, Closed after, Instant now) {
        String key = "week-revised:" + athleteId + ":" + after.weekStart() + ":" + after.revision();
        return new FactLog.Fact(key, athleteId, WeekRevised.TYPE, now, new WeekRevised(FactLog.eventId(key), athleteId,
                after.weekStart(), StreakCalculator.isoWeek(after.weekStart()), after.revision(), before.volume(),
                after.volume(), now));
    }
}
