package dev.stride.plan.plan;

import java.time.Instant;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedExercise;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.outbox.Outbox;
import dev.stride.plan.generator.Prescribed;
import dev.stride.plan.generator.ScheduledSession;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes what happened to a plan on {@code plan-events} (key = athlete id) through the outbox; a skipped session is no longer planned. */
@ApplicationScoped
public class PlanEvents {
    private final Outbox outbox;

    PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(PlanChange change, StoredPlan stored, Instant at) {
        PlanChanged event = event(change, stored, at);
        outbox.enqueue(Topics.PLAN_EVENTS, event.athleteId(), event.eventId().toString(), change.type(), at, event);
    }

    static PlanChanged event(PlanChange change, StoredPlan stored, Instant at) {
        Plan plan = stored.plan();
        PlanRequest request = stored.request();
        return new PlanChanged(UUID.randomUUID(), change, plan.id, plan.version, plan.athleteId, plan.timeZone,
                request.startDate(), request.weeks(), request.sessionsPerWeek(),
                stored.schedule().stream().filter(s -> !s.skipped()).map(PlanEvents::session).toList(), at);
    }

    private static PlannedSession session(ScheduledSession s) {
        return new PlannedSession(s.sessionId(), s.week(), s.date(), s.deload(), s.exercises().stream().map(PlanEvents::exercise).toList());
    }

    private static PlannedExercise exercise(Prescribed p) {
        return new PlannedExercise(p.exerciseId(), p.catalogVersion(), p.name(), p.sets(), p.reps(), p.holdSeconds(),
                p.distanceMeters(), p.loadKg(), p.perSide(), p.restSeconds());
    }
}
