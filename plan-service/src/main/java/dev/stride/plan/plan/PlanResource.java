package dev.stride.plan.plan;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.stride.plan.access.PlanAccess;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The plans API: translates HTTP to {@link PlanService} and back; who may do what is {@link PlanAccess}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    public static final String CALENDAR = "text/calendar; charset=utf-8";
    private final PlanService plans;
    private final PlanAccess access;
    private final Clock clock;

    PlanResource(PlanService plans, PlanAccess access, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.access = access;
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(PlanAccess.CREATE_PLAN)
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_WRITE_SCOPE)
    public Response createPlan(PlanRequest request) {
        PlanView plan = PlanView.of(plans.createPlan(request == null ? empty() : request));
        return Response.created(URI.create("/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    @Path("plans/{id}")
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_READ_SCOPE)
    public PlanView findPlan(@PathParam("id") UUID id) {
        return PlanView.of(readable(id));
    }

    @GET
    @Path("athletes/{athleteId}/plans")
    @PermissionsAllowed(PlanAccess.READ_PLANS)
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_READ_SCOPE)
    public List<PlanView> plansOfAthlete(@PathParam("athleteId") String athleteId) {
        return plans.plansOfAthlete(athleteId).stream().map(PlanView::of).toList();
    }

    @DELETE
    @Path("plans/{id}")
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_WRITE_SCOPE)
    public PlanView cancelPlan(@PathParam("id") UUID id) {
        StoredPlan plan = plans.findPlan(id);
        access.checkChangeable(plan.plan().athleteId, id);
        return PlanView.of(plans.cancelPlan(id));
    }

    @GET
    @Path("plans/{id}/calendar.ics")
    @Produces(CALENDAR)
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = PlanAccess.PLANS_READ_SCOPE)
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(IcsCalendar.of(readable(id), clock.instant()), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"stride-plan-" + id + ".ics\"").build();
    }

    private StoredPlan readable(UUID id) {
        StoredPlan plan = plans.findPlan(id);
        access.checkReadable(plan.plan().athleteId, id);
        return plan;
    }

    private static PlanRequest empty() {
        return new PlanRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}
