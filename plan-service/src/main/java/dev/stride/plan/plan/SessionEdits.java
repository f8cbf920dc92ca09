package dev.stride.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.plan.generator.PlanEdits;
import dev.stride.plan.generator.PlanRuleBroken;
import dev.stride.plan.generator.PlanSpec;
import dev.stride.plan.generator.ScheduledSession;
import dev.stride.problem.Problem.FieldError;
import dev.stride.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** An athlete's edits of their plan's future sessions: move, swap, skip; each one a new version, published. */
@ApplicationScoped
public class SessionEdits {
    private final CatalogReplica catalog;
    private final PlanRevisions revisions;
    private final Clock clock;

    SessionEdits(CatalogReplica catalog, PlanRevisions revisions, Clock clock) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    public StoredPlan moveSession(UUID planId, UUID sessionId, SessionEdit edit) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate to = date(edit == null ? null : edit.date(), errors);
        checked(errors);
        return edit(planId, sessionId, (spec, today) -> schedule -> PlanEdits.move(spec, schedule, sessionId, to, today));
    }

    @Transactional
    public StoredPlan swapExercise(UUID planId, UUID sessionId, SessionEdit edit) {
        List<FieldError> errors = new ArrayList<>();
        UUID exercise = id(edit == null ? null : edit.exerciseId(), "exerciseId", errors);
        UUID alternative = id(edit == null ? null : edit.alternativeId(), "alternativeId", errors);
        checked(errors);
        return edit(planId, sessionId, (spec, today) -> schedule -> PlanEdits.swap(spec, schedule, sessionId, exercise, alternative,
                catalog.activeExercises(), today));
    }

    @Transactional
    public StoredPlan skipSession(UUID planId, UUID sessionId) {
        return edit(planId, sessionId, (spec, today) -> schedule -> PlanEdits.skip(spec, schedule, sessionId, today));
    }

    /** How an edit changes a schedule, given the plan's rules and the athlete's today. */
    @FunctionalInterface
    private interface Edit {
        Function<List<ScheduledSession>, List<ScheduledSession>> of(PlanSpec spec, LocalDate today);
    }

    private StoredPlan edit(UUID planId, UUID sessionId, Edit edit) {
        Plan plan = Plan.findById(planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw ProblemException.notFound("Plan", planId);
        }
        StoredPlan stored = StoredPlan.of(plan);
        if (plan.status != Plan.PlanStatus.ACTIVE) {
            throw PlanService.problem(new PlanRuleBroken("plan-is-active", "Plan " + planId + " is cancelled; its sessions no longer change"));
        }
        if (PlanEdits.find(stored.schedule(), sessionId).isEmpty()) {
            throw ProblemException.notFound("Session", sessionId);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(plan.timeZone)));
        List<ScheduledSession> edited;
        try {
            edited = edit.of(PlanRequests.toSpec(stored.request()), today).apply(stored.schedule());
        } catch (PlanRuleBroken broken) {
            throw PlanService.problem(broken);
        }
        return edited.equals(stored.schedule()) ? stored : revisions.apply(plan, stored, edited);
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "is required, a date such as 2026-03-08"));
            return null;
        }
    }

    private static UUID id(String text, String field, List<FieldError> errors) {
        try {
            UUID id = UUID.fromString(text == null ? "" : text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below, as for any other text that is not an id
        }
        errors.add(new FieldError(field, "is required, an exercise id (UUID)"));
        return null;
    }

    private static void checked(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " field(s) are invalid", errors);
        }
    }
}
