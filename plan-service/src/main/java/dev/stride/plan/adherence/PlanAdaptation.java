package dev.stride.plan.adherence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.plan.generator.Adaptation;
import dev.stride.plan.plan.Plan;
import dev.stride.plan.plan.PlanRequests;
import dev.stride.plan.plan.PlanRevisions;
import dev.stride.plan.plan.StoredPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Revises active plans from what their athletes logged ({@link Adaptation}), in the caller's transaction. */
@ApplicationScoped
class PlanAdaptation {
    private static final Logger LOG = Logger.getLogger(PlanAdaptation.class);
    private final SessionSets sessionSets;
    private final CatalogReplica catalog;
    private final PlanRevisions revisions;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanAdaptation(SessionSets sessionSets, CatalogReplica catalog, PlanRevisions revisions, EntityManager entityManager, Clock clock) {
        this.sessionSets = sessionSets;
        this.catalog = catalog;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** {@code plans} in a stable order, so that two instances lock them alike. */
    @Transactional(Transactional.TxType.MANDATORY)
    void adapt(Set<UUID> plans) {
        for (UUID id : plans) {
            Plan plan = entityManager.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (plan != null && plan.status == Plan.PlanStatus.ACTIVE) {
                adapt(plan);
            }
        }
    }

    private void adapt(Plan plan) {
        StoredPlan stored = StoredPlan.of(plan);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(plan.timeZone)));
        Adaptation.Adapted adapted = Adaptation.adapt(PlanRequests.toSpec(stored.request()), stored.schedule(),
                sessionSets.logs(plan.id), plan.reviewedThroughWeek, today, catalog.activeExercisesInThisTransaction());
        plan.reviewedThroughWeek = adapted.reviewedThrough();
        if (!adapted.sessions().equals(stored.schedule())) {
            revisions.apply(plan, stored, adapted.sessions());
            LOG.infof("Plan %s adapted to what was logged: version %d", plan.id, plan.version);
        }
    }
}
