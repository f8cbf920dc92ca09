package dev.stride.plan.plan;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The plans API: translates HTTP to {@link PlanService} and back. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    public static final String CALENDAR = "text/calendar; charset=utf-8";
    private final PlanService plans;

    PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPlan(PlanRequest request) {
        PlanView plan = PlanView.of(plans.createPlan(request == null ? empty() : request));
        return Response.created(URI.create("/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    @Path("plans/{id}")
    public PlanView findPlan(@PathParam("id") UUID id) {
        return PlanView.of(plans.findPlan(id));
    }

    @GET
    @Path("athletes/{athleteId}/plans")
    public List<PlanView> plansOfAthlete(@PathParam("athleteId") String athleteId) {
        return plans.plansOfAthlete(athleteId).stream().map(PlanView::of).toList();
    }

    @DELETE
    @Path("plans/{id}")
    public PlanView cancelPlan(@PathParam("id") UUID id) {
        return PlanView.of(plans.cancelPlan(id));
    }

    @GET
    @Path("plans/{id}/calendar.ics")
    @Produces(CALENDAR)
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(IcsCalendar.of(plans.findPlan(id), Instant.now()), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"stride-plan-" + id + ".ics\"").build();
    }

    private static PlanRequest empty() {
        return new PlanRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}
