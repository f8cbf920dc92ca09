package dev.stride.workload;

import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import dev.stride.contracts.sets.SetCompleted;

/**
 * Valid sets done "now", for traffic at a steady rate after the history: a random athlete of the
 * same population does one set of a random exercise of the article. Probes are sets by athletes
 * of their own, so that a client can tell exactly when one set became visible.
 */
public final class LiveSets {
    private final Random random;
    private final Sessions sessions;
    private final List<Athlete> athletes;

    public LiveSets(WorkloadConfig config) {
        this.random = new Random(config.seed() * 31 + 7);
        this.sessions = new Sessions(random);
        this.athletes = Athletes.generate(config.athletes(), config.seed());
    }

    public synchronized WorkloadRecord next(Instant now) {
        return WorkloadRecord.completed(setBy(athletes.get(random.nextInt(athletes.size())), now));
    }

    /** One set by {@code athleteId}, an athlete nobody else logs for. */
    public synchronized WorkloadRecord probe(String athleteId, ZoneId zone, Instant now) {
        return WorkloadRecord.completed(setBy(new Athlete(athleteId, zone, 1, LocalTime.NOON), now));
    }

    public synchronized String randomAthleteId() {
        return athletes.get(random.nextInt(athletes.size())).id();
    }

    private SetCompleted setBy(Athlete athlete, Instant now) {
        ArticleExercise exercise = ArticleExercises.ALL.get(random.nextInt(ArticleExercises.ALL.size()));
        return sessions.set(athlete, exercise, now, sessions.sides(exercise).get(0), 1, sessions.uuid());
    }
}
