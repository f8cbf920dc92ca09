package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random plans, random logs up to a random today: the adapted plan leaves the past alone, stays
 * inside the minutes, keeps 48 h after the days sessions were really done and between the rest,
 * never trains the day before a long or hard run, and adapting again changes nothing.
 */
class AdaptationPropertiesTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.stride.plan.generator.PlanPropertiesTest#seeds")
    void anAdaptedPlanKeepsEveryRule(long seed) {
        Random random = new Random(seed);
        for (int request = 0; request < 40; request++) {
            PlanSpec spec = PlanPropertiesTest.spec(random);
            List<ScheduledSession> plan;
            try {
                plan = PlanGenerator.generate(new UUID(seed, request), spec, ArticleCatalog.ALL);
            } catch (PlanRuleBroken refused) {
                continue;
            }
            LocalDate today = spec.startDate().plusDays(random.nextInt(7 * spec.weeks() + 1));
            Map<UUID, Adaptation.SessionLog> logs = logs(random, plan, today);
            Adaptation.Adapted adapted = Adaptation.adapt(spec, plan, logs, 0, today, ArticleCatalog.ALL);
            String context = "seed " + seed + ", request " + request + ", today " + today + ": " + spec + "\n  " + logs;
            check(spec, plan, adapted.sessions(), logs, today, context);
            assertEquals(adapted, Adaptation.adapt(spec, adapted.sessions(), logs, adapted.reviewedThrough(), today, ArticleCatalog.ALL),
                    "adapting again changes nothing, " + context);
        }
    }

    /** Some sessions up to today logged, some on another day than planned (never after today), some not at all. */
    private static Map<UUID, Adaptation.SessionLog> logs(Random random, List<ScheduledSession> plan, LocalDate today) {
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>();
        for (ScheduledSession s : plan.stream().filter(s -> !s.date().isAfter(today)).toList()) {
            LocalDate day = s.date().plusDays(random.nextInt(3) - 1);
            if (random.nextInt(3) > 0 && !day.isAfter(today)) {
                int sets = random.nextInt(1 + s.exercises().stream().mapToInt(Prescribed::sets).sum());
                logs.put(s.sessionId(), new Adaptation.SessionLog(day, sets,
                        random.nextBoolean() ? Set.of(s.exercises().get(0).exerciseId()) : Set.of()));
            }
        }
        return logs;
    }

    private static void check(PlanSpec spec, List<ScheduledSession> plan, List<ScheduledSession> adapted,
            Map<UUID, Adaptation.SessionLog> logs, LocalDate today, String context) {
        assertEquals(plan.stream().filter(s -> !s.date().isAfter(today)).toList(),
                adapted.stream().filter(s -> !s.date().isAfter(today)).toList(), "the past never changes, " + context);
        LocalDate previous = null;
        for (ScheduledSession s : adapted.stream().filter(s -> !s.skipped()).toList()) {
            LocalDate done = logs.containsKey(s.sessionId()) ? logs.get(s.sessionId()).day() : s.date();
            assertTrue(SessionFill.seconds(s.exercises()) <= spec.minutesPerSession() * 60, "inside the minutes, " + context);
            if (s.date().isAfter(today)) {
                assertTrue(!spec.runOn(s.date().getDayOfWeek().plus(1)).isDemanding(), "not before a hard run, " + s + context);
                assertTrue(previous == null || ChronoUnit.DAYS.between(previous, s.date()) >= 2, "48 h, " + s + "\n" + context);
            }
            previous = done;
        }
    }
}
