package dev.stride.plan.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Keeps 48 h after a session done on another day than planned: the next session moves, or is skipped when no day fits. */
final class SessionDays {
    private SessionDays() {
    }

    static List<ScheduledSession> keep48Hours(PlanSpec spec, List<ScheduledSession> sessions, ScheduledSession done, LocalDate day,
            LocalDate today) {
        if (day.equals(done.date())) {
            return sessions;
        }
        ScheduledSession next = sessions.stream().filter(s -> !s.skipped() && s.date().isAfter(done.date())
                && !s.sessionId().equals(done.sessionId())).findFirst().orElse(null);
        if (next == null || !next.date().isAfter(today) || ChronoUnit.DAYS.between(day, next.date()) >= 2) {
            return sessions;
        }
        String why = "The session of " + PlanEdits.day(done.date()) + " was done on " + PlanEdits.day(day);
        LocalDate weekEnd = spec.startDate().plusDays(7L * next.week() - 1);
        for (LocalDate to = later(day.plusDays(2), today.plusDays(1)); !to.isAfter(weekEnd); to = to.plusDays(1)) {
            try {
                return PlanEdits.move(spec, sessions, next, to, today, why + ": this one moves to " + PlanEdits.day(to) + " to keep 48 h.");
            } catch (PlanRuleBroken broken) {
                // that day breaks a rule too: try the next
            }
        }
        return PlanEdits.explained(spec, PlanEdits.replace(sessions,
                next.asSkipped(why + ": no day of this week keeps 48 h after it, so this session is skipped.")), today);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
