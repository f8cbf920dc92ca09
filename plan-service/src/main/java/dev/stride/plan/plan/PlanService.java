package dev.stride.plan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.plan.PlanChange;
import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.plan.generator.PlanGenerator;
import dev.stride.plan.generator.PlanRuleBroken;
import dev.stride.plan.generator.PlanSpec;
import dev.stride.plan.generator.ScheduledSession;
import dev.stride.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Creates, reads and cancels plans; each change is stored and published together. */
@ApplicationScoped
public class PlanService {
    private final CatalogReplica catalog;
    private final PlanEvents events;
    private final EntityManager entityManager;

    PlanService(CatalogReplica catalog, PlanEvents events, EntityManager entityManager) {
        this.catalog = catalog;
        this.events = events;
        this.entityManager = entityManager;
    }

    @Transactional
    public StoredPlan createPlan(PlanRequest request) {
        PlanSpec spec = PlanRequests.toSpec(request);
        UUID id = UUID.randomUUID();
        List<ScheduledSession> schedule;
        try {
            schedule = PlanGenerator.generate(id, spec, catalog.activeExercises());
        } catch (PlanRuleBroken broken) {
            throw new ProblemException(422, "plan-rule-" + broken.rule(), "A plan rule cannot be kept: " + broken.rule(), broken.getMessage());
        }
        Instant now = Instant.now();
        Plan plan = new Plan();
        plan.id = id;
        plan.athleteId = request.athleteId();
        plan.version = 1;
        plan.status = Plan.PlanStatus.ACTIVE;
        plan.timeZone = request.timeZone();
        plan.request = StoredPlan.json(request);
        plan.schedule = StoredPlan.json(schedule);
        plan.createdAt = now;
        plan.updatedAt = now;
        plan.persist();
        PlanExercises.replace(entityManager, plan.id, schedule);
        StoredPlan stored = new StoredPlan(plan, request, schedule);
        events.publish(PlanChange.CREATED, stored, now);
        return stored;
    }

    @Transactional
    public StoredPlan findPlan(UUID id) {
        Plan plan = Plan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("Plan", id);
        }
        return StoredPlan.of(plan);
    }

    @Transactional
    public List<StoredPlan> plansOfAthlete(String athleteId) {
        return Plan.forAthlete(athleteId).stream().map(StoredPlan::of).toList();
    }

    /** Cancels an active plan; cancelling it again changes nothing and publishes nothing. */
    @Transactional
    public StoredPlan cancelPlan(UUID id) {
        StoredPlan stored = findPlan(id);
        Plan plan = stored.plan();
        if (plan.status == Plan.PlanStatus.ACTIVE) {
            plan.status = Plan.PlanStatus.CANCELLED;
            plan.version++;
            plan.updatedAt = Instant.now();
            PlanExercises.replace(entityManager, plan.id, List.of());
            events.publish(PlanChange.CANCELLED, stored, plan.updatedAt);
        }
        return stored;
    }
}
