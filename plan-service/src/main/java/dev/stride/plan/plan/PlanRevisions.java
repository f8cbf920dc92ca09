package dev.stride.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.plan.generator.PlanSpec;
import dev.stride.plan.generator.ScheduledSession;
import dev.stride.plan.generator.Substitution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Revises plans: those a catalog change invalidates (future sessions get substitutes) and any
 * other revision ({@link #apply}); the plan's version grows and {@code plan.revised} is published,
 * in the caller's transaction.
 */
@ApplicationScoped
public class PlanRevisions {
    private static final Logger LOG = Logger.getLogger(PlanRevisions.class);
    private final CatalogReplica catalog;
    private final PlanEvents events;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanRevisions(CatalogReplica catalog, PlanEvents events, EntityManager entityManager, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.events = events;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void catalogChanged(List<ExercisePublished> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, ExercisePublished> byId = changed.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        List<UUID> plans = PlanExercises.activePlansUsing(entityManager, byId.keySet());
        if (plans.isEmpty()) {
            return;
        }
        List<ExercisePublished> active = catalog.activeExercisesInThisTransaction();
        for (UUID planId : plans) {
            revise(entityManager.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE), byId, active);
        }
    }

    private void revise(Plan plan, Map<UUID, ExercisePublished> changed, List<ExercisePublished> active) {
        StoredPlan stored = StoredPlan.of(plan);
        PlanSpec spec = PlanRequests.toSpec(stored.request());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(plan.timeZone)));
        Optional<List<ScheduledSession>> revised = Substitution.revise(stored.schedule(), today, changed, active, spec);
        if (revised.isEmpty()) {
            return;
        }
        apply(plan, stored, revised.get());
        LOG.infof("Plan %s revised to version %d after catalog changes to %s", plan.id, plan.version, changed.keySet());
    }

    /** Stores {@code revised} as the plan's next version and publishes {@code plan.revised}; {@code plan} is locked by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredPlan apply(Plan plan, StoredPlan stored, List<ScheduledSession> revised) {
        plan.version++;
        plan.updatedAt = clock.instant();
        plan.schedule = StoredPlan.json(revised);
        PlanExercises.replace(entityManager, plan.id, revised);
        StoredPlan next = new StoredPlan(plan, stored.request(), revised);
        events.publish(PlanChange.REVISED, next, plan.updatedAt);
        return next;
    }
}
