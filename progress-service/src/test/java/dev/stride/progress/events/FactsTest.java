package dev.stride.progress.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stride.contracts.progress.StreakBroken;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.StreakKind;
import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.progress.WeekRevised;
import dev.stride.contracts.progress.WeekVolume;
import dev.stride.progress.volume.SetVolume;
import org.junit.jupiter.api.Test;

class FactsTest {
    private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-11"); // a Wednesday

    @Test
    void extendsTheDailyStreakOnceAndBreaksItWhenADayIsMissed() {
        AthleteHistory history = history(TODAY, "2026-03-09", "2026-03-10", "2026-03-11");
        StreakFacts.Outcome first = StreakFacts.evaluate(history, Map.of(), NOW);
        assertEquals(List.of(StreakExtended.TYPE), types(first.facts()));
        assertEquals(new StreakFacts.Run(StreakKind.DAILY, LocalDate.parse("2026-03-09"), 3, TODAY),
                first.current().get(StreakKind.DAILY));

        assertEquals(List.of(), StreakFacts.evaluate(history, first.current(), NOW).facts());

        AthleteHistory twoDaysLater = history(TODAY.plusDays(2), "2026-03-09", "2026-03-10", "2026-03-11");
        StreakFacts.Outcome broken = StreakFacts.evaluate(twoDaysLater, first.current(), NOW);
        assertEquals(List.of(StreakBroken.TYPE), types(broken.facts()));
    }

    @Test
    void aLateSetThatJoinsTwoRunsBreaksNothing() {
        StreakFacts.Run published = new StreakFacts.Run(StreakKind.DAILY, LocalDate.parse("2026-03-10"), 2, TODAY);
        AthleteHistory filled = history(TODAY, "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11");
        StreakFacts.Outcome outcome = StreakFacts.evaluate(filled, Map.of(StreakKind.DAILY, published), NOW);
        // the weekly streak (weeks of 03-02 and 03-09, two days each at least) is new too
        assertEquals(List.of(StreakKind.DAILY, StreakKind.WEEKLY), outcome.facts().stream()
                .map(f -> ((StreakExtended) f.event()).kind()).toList());
        assertEquals(5, outcome.current().get(StreakKind.DAILY).length());
    }

    @Test
    void closesEachPastWeekWithVolumeOnceAndRevisesItWhenItChanges() {
        AthleteHistory history = history(TODAY, "2026-03-02", "2026-03-04", "2026-03-10");
        WeekFacts.Outcome first = WeekFacts.evaluate(history, Map.of(), NOW);
        assertEquals(List.of(WeekClosed.TYPE), types(first.facts()));
        WeekFacts.Closed closed = first.changed().get(0);
        assertEquals(LocalDate.parse("2026-03-02"), closed.weekStart());
        assertEquals(new WeekVolume(2, 20, new BigDecimal("400"), 0, BigDecimal.ZERO, 2).sets(), closed.volume().sets());
        assertEquals(2, closed.volume().activeDays());

        Map<LocalDate, WeekFacts.Closed> published = Map.of(closed.weekStart(), closed);
        assertEquals(List.of(), WeekFacts.evaluate(history, published, NOW).facts());

        AthleteHistory late = history(TODAY, "2026-03-02", "2026-03-04", "2026-03-06", "2026-03-10");
        WeekFacts.Outcome revised = WeekFacts.evaluate(late, published, NOW);
        assertEquals(List.of(WeekRevised.TYPE), types(revised.facts()));
        assertEquals(1, revised.changed().get(0).revision());
        assertEquals(3, revised.changed().get(0).volume().sets());
    }

    /** One set of 10 reps at 20 kg on each day. */
    private static AthleteHistory history(LocalDate today, String... days) {
        TreeMap<LocalDate, SetVolume> volume = new TreeMap<>();
        for (String day : days) {
            volume.put(LocalDate.parse(day), SetVolume.of(10, 20.0, null, null, null));
        }
        return new AthleteHistory("a1", ZoneId.of("Europe/Berlin"), today, volume, week -> 2);
    }

    private static List<String> types(List<FactLog.Fact> facts) {
        return facts.stream().map(FactLog.Fact::type).toList();
    }
}
