package dev.stride.workload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;

/**
 * Exactly {@link WorkloadConfig#records()} records of {@code completed-sets} traffic, day by day:
 * each day every athlete may train; the day's arrivals (its sets, plus late sets, duplicates,
 * voids and poison scheduled onto it) go out shuffled. A late set arrives one to seven days after
 * it was done. When the history is used up it starts over on the same days with new sets.
 */
public final class Workload implements Iterator<WorkloadRecord> {
    private final WorkloadConfig config;
    private final Random random;
    private final Sessions sessions;
    private final Poison poison;
    private final List<Athlete> athletes;
    private final LocalDate firstDay;
    private final Map<Integer, List<WorkloadRecord>> arrivals = new HashMap<>();
    private final ArrayDeque<WorkloadRecord> today = new ArrayDeque<>();
    private int day;
    private long emitted;

    public Workload(WorkloadConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
        this.sessions = new Sessions(random);
        this.poison = new Poison(random, config.lastDay());
        this.athletes = Athletes.generate(config.athletes(), config.seed());
        this.firstDay = config.lastDay().minusDays(config.historyDays() - 1L);
    }

    public List<Athlete> athletes() {
        return athletes;
    }

    @Override
    public boolean hasNext() {
        return emitted < config.records();
    }

    @Override
    public WorkloadRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (today.isEmpty()) {
            fillDay();
        }
        emitted++;
        return today.poll();
    }

    private void fillDay() {
        LocalDate date = firstDay.plusDays(day % config.historyDays());
        for (Athlete athlete : athletes) {
            if (random.nextDouble() < athlete.dailyChance()) {
                sessions.perform(athlete, date).forEach(this::schedule);
            }
        }
        List<WorkloadRecord> due = arrivals.getOrDefault(day, new ArrayList<>());
        arrivals.remove(day);
        Collections.shuffle(due, random);
        today.addAll(due);
        day++;
    }

    private void schedule(SetCompleted set) {
        WorkloadRecord record = WorkloadRecord.completed(set);
        int arrival = day + (random.nextDouble() < config.lateRate()
                ? 1 + random.nextInt(WorkloadConfig.LATEST_ARRIVAL_DAYS) : 0);
        arriveOn(arrival, record);
        if (random.nextDouble() < config.duplicateRate()) {
            arriveOn(arrival + random.nextInt(2), record);
        }
        if (random.nextDouble() < config.voidRate()) {
            arriveOn(arrival + random.nextInt(3), WorkloadRecord.voided(voidOf(set)));
        }
        if (random.nextDouble() < config.poisonRate()) {
            schedulePoison(set, arrival);
        }
    }

    private void schedulePoison(SetCompleted set, int arrival) {
        if (random.nextInt(4) == 0) {
            arriveOn(arrival + 1 + random.nextInt(2), Poison.conflictWith(set));
        } else {
            arriveOn(arrival, poison.malformed(set, sessions.uuid().toString()));
        }
    }

    private SetVoided voidOf(SetCompleted set) {
        OffsetDateTime at = set.completedAt().plusMinutes(5 + random.nextInt(600));
        return new SetVoided(sessions.uuid().toString(), set.athleteId(), set.eventId(), at, Sessions.SOURCE);
    }

    private void arriveOn(int arrivalDay, WorkloadRecord record) {
        arrivals.computeIfAbsent(arrivalDay, d -> new ArrayList<>()).add(record);
    }
}
