package dev.stride.plan.access;

import dev.stride.access.Caller;
import dev.stride.plan.plan.PlanRequest;
import dev.stride.problem.ProblemException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what in plan-service, the one place it is decided. Plans are an athlete's own: the
 * athlete themself, or an app they connected, with the scope. The platform role does not reach
 * plans; nobody else does either.
 * <pre>
 * operation                                   needs: token subject = the plan's athlete, and scope
 * POST /plans                                 plans:write (the athlete of the request)
 * GET /athletes/{athleteId}/plans             plans:read
 * GET /plans/{id}, GET /plans/{id}/calendar.ics   plans:read     otherwise 404, as if there were no such plan
 * DELETE /plans/{id}                          plans:write        otherwise 403 with plans:read, 404 without
 * POST /plans/{id}/sessions/{sessionId}/move, /swap, /skip   plans:write   the same as DELETE
 * </pre>
 */
@ApplicationScoped
public class PlanAccess {
    public static final String READ_PLANS = "read-plans";
    public static final String CREATE_PLAN = "create-plan";
    public static final String PLANS_READ_SCOPE = "plans:read";
    public static final String PLANS_WRITE_SCOPE = "plans:write";

    private final SecurityIdentity identity;

    PlanAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    @PermissionChecker(READ_PLANS)
    boolean mayReadPlansOf(SecurityIdentity identity, String athleteId) {
        return Caller.of(identity).actsFor(athleteId, PLANS_READ_SCOPE);
    }

    /** A request that names no athlete passes here, to be refused as invalid (400) by the plan rules. */
    @PermissionChecker(CREATE_PLAN)
    boolean mayCreate(SecurityIdentity identity, PlanRequest request) {
        return request == null || request.athleteId() == null
                || Caller.of(identity).actsFor(request.athleteId(), PLANS_WRITE_SCOPE);
    }

    /** Throws 404 for a plan the caller may not read, exactly as for a plan that does not exist. */
    public void checkReadable(String planAthleteId, Object planId) {
        if (!Caller.of(identity).actsFor(planAthleteId, PLANS_READ_SCOPE)) {
            throw ProblemException.notFound("Plan", planId);
        }
    }

    /** 403 for a plan the caller reads but may not change; 404 for one it may neither read nor change. */
    public void checkChangeable(String planAthleteId, Object planId) {
        if (!Caller.of(identity).actsFor(planAthleteId, PLANS_WRITE_SCOPE)) {
            checkReadable(planAthleteId, planId);
            throw new ForbiddenException();
        }
    }
}
