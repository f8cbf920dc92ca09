package dev.stride.progress.streak;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The weekly session target of each week: the sessions per week of the active plan covering it
 * (of several, the latest started), else two.
 */
public final class PlanTargets {
    public static final int DEFAULT_WEEKLY_TARGET = 2;

    private PlanTargets() {
    }

    /** A plan's dates and its sessions per week. */
    public record PlanSpan(LocalDate start, int weeks, int sessionsPerWeek) {
        boolean covers(LocalDate weekStart) {
            return !weekStart.plusDays(6).isBefore(start) && weekStart.isBefore(start.plusWeeks(weeks));
        }
    }

    /** {@code plans} sorted by start date. */
    public static Function<LocalDate, Integer> of(List<PlanSpan> plans) {
        return weekStart -> {
            int target = DEFAULT_WEEKLY_TARGET;
            for (PlanSpan plan : plans) {
                if (plan.covers(weekStart)) {
                    target = plan.sessionsPerWeek();
                }
            }
            return target;
        };
    }
}
