package dev.stride.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.plan.generator.PlanGenerator;
import dev.stride.plan.generator.PlanRuleBroken;
import dev.stride.plan.generator.PlanSpec;
import dev.stride.plan.generator.ScheduledSession;
import dev.stride.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Creates, reads and cancels plans; each change is stored and published together. */
@ApplicationScoped
public class PlanService {
    private final CatalogReplica catalog;
    private final PlanEvents events;
    private final EntityManager entityManager;
    private final Timer generation;
    private final Clock clock;

    PlanService(CatalogReplica catalog, PlanEvents events, EntityManager entityManager, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.events = events;
        this.entityManager = entityManager;
        this.generation = Timer.builder("stride.plan.generation").description("Time to generate a plan's schedule")
                .publishPercentiles(0.5, 0.9, 0.99).register(registry);
    }

    @Transactional
    public StoredPlan createPlan(PlanRequest request) {
        PlanSpec spec = PlanRequests.toSpec(request, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        List<ExercisePublished> exercises = catalog.activeExercises();
        List<ScheduledSession> schedule;
        try {
            schedule = generation.record(() -> PlanGenerator.generate(id, spec, exercises));
        } catch (PlanRuleBroken broken) {
            throw problem(broken);
        }
        StoredPlan stored = new StoredPlan(newPlan(id, request, schedule), request, schedule);
        stored.plan().persist();
        PlanExercises.replace(entityManager, id, schedule);
        events.publish(PlanChange.CREATED, stored, stored.plan().createdAt);
        return stored;
    }

    /** A coaching rule that cannot be kept: 422 {@code /problems/plan-rule-<rule>}, the detail saying why. */
    static ProblemException problem(PlanRuleBroken broken) {
        return new ProblemException(422, "plan-rule-" + broken.rule(), "A plan rule cannot be kept: " + broken.rule(), broken.getMessage());
    }

    private Plan newPlan(UUID id, PlanRequest request, List<ScheduledSession> schedule) {
        Plan plan = new Plan();
        plan.id = id;
        plan.athleteId = request.athleteId();
        plan.version = 1;
        plan.status = Plan.PlanStatus.ACTIVE;
        plan.timeZone = request.timeZone();
        plan.request = StoredPlan.json(request);
        plan.schedule = StoredPlan.json(schedule);
        plan.createdAt = clock.instant();
        plan.updatedAt = plan.createdAt;
        return plan;
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
        PlanRequests.checkAthleteId(athleteId);
        return Plan.forAthlete(athleteId).stream().map(StoredPlan::of).toList();
    }

    /** Cancels an active plan; cancelling it again changes nothing and publishes nothing. */
    @Transactional
    public StoredPlan cancelPlan(UUID id) {
        Plan plan = Plan.findById(id, LockModeType.PESSIMISTIC_WRITE); // a catalog revision may be changing it
        if (plan == null) {
            throw ProblemException.notFound("Plan", id);
        }
        StoredPlan stored = StoredPlan.of(plan);
        if (plan.status == Plan.PlanStatus.ACTIVE) {
            plan.status = Plan.PlanStatus.CANCELLED;
            plan.version++;
            plan.updatedAt = clock.instant();
            PlanExercises.replace(entityManager, plan.id, List.of());
            events.publish(PlanChange.CANCELLED, stored, plan.updatedAt);
        }
        return stored;
    }
}
