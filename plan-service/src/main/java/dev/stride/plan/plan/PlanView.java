package dev.stride.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.plan.generator.ScheduledSession;

/** A plan as the API shows it: the request, then weeks of dated sessions with their exercises. */
public record PlanView(
        UUID id,
        String athleteId,
        long version,
        Plan.PlanStatus status,
        String timeZone,
        LocalDate startDate,
        int weeks,
        int sessionsPerWeek,
        int minutesPerSession,
        Map<String, String> runningWeek,
        String experience,
        List<String> focusAreas,
        List<String> equipment,
        Instant createdAt,
        Instant updatedAt,
        List<Week> schedule) {

    /** One week of the plan; {@code deload} weeks have about 40 % fewer sets. */
    public record Week(int week, boolean deload, List<ScheduledSession> sessions) {
    }

    static PlanView of(StoredPlan stored) {
        Plan p = stored.plan();
        PlanRequest r = stored.request();
        Map<Integer, List<ScheduledSession>> byWeek = stored.schedule().stream()
                .collect(Collectors.groupingBy(ScheduledSession::week, java.util.TreeMap::new, Collectors.toList()));
        List<Week> weeks = byWeek.entrySet().stream()
                .map(e -> new Week(e.getKey(), e.getValue().get(0).deload(), e.getValue())).toList();
        return new PlanView(p.id, p.athleteId, p.version, p.status, p.timeZone, r.startDate(), r.weeks(), r.sessionsPerWeek(),
                r.minutesPerSession(), r.runningWeek(), r.experience(), r.focusAreas(), r.equipment(), p.createdAt, p.updatedAt, weeks);
    }
}
