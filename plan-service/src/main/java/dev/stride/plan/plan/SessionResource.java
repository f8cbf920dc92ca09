package dev.stride.plan.plan;

import java.util.UUID;

import dev.stride.plan.access.PlanAccess;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An athlete's edits of one session of their plan; each answers with the plan at its new version.
 * A broken rule is 422 {@code /problems/plan-rule-<rule>}; who may edit is {@link PlanAccess}.
 */
@Path("/plans/{id}/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final PlanService plans;
    private final SessionEdits edits;
    private final PlanAccess access;

    SessionResource(PlanService plans, SessionEdits edits, PlanAccess access) {
        this.plans = plans;
        this.edits = edits;
        this.access = access;
    }

    /** Body {@code {"date": "2026-03-08"}}: another day of the session's week. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_WRITE_SCOPE)
    public PlanView moveSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, SessionEdit edit) {
        changeable(id);
        return PlanView.of(edits.moveSession(id, sessionId, edit));
    }

    /** Body {@code {"exerciseId": "…", "alternativeId": "…"}}: one of the alternatives the session lists for the exercise. */
    @POST
    @Path("swap")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_WRITE_SCOPE)
    public PlanView swapExercise(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, SessionEdit edit) {
        changeable(id);
        return PlanView.of(edits.swapExercise(id, sessionId, edit));
    }

    @POST
    @Path("skip")
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_WRITE_SCOPE)
    public PlanView skipSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        changeable(id);
        return PlanView.of(edits.skipSession(id, sessionId));
    }

    private void changeable(UUID id) {
        access.checkChangeable(plans.findPlan(id).plan().athleteId, id);
    }
}
