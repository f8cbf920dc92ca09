package dev.stride.progress.sets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.progress.paging.ListQuery;
import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.history.SetHistory;
import dev.stride.problem.ProblemException;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code /athletes/{athleteId}/sets}: POST one set or an array of up to 500 (202 once on the
 * broker), GET the sets stored, newest first, DELETE one to void it (202 once the void is on the broker).
 */
@Path("/athletes/{athleteId}/sets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SetResource {
    static final SetSubmission.Origin ORIGIN = new SetSubmission.Origin("/stride/progress-service/http", "", null);
    private final SetSubmission submission;
    private final SetHistory history;
    private final Clock clock;

    SetResource(SetSubmission submission, SetHistory history, Clock clock) {
        this.submission = submission;
        this.history = history;
        this.clock = clock;
    }

    /** {@code GET /athletes/{id}/sets}: a page of sets and the cursor of the next one (null on the last page). */
    public record SetsView(String athleteId, List<LoggedSet> sets, String nextCursor) {
    }

    @POST
    @PermissionsAllowed(ProgressAccess.SUBMIT_SETS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.SETS_WRITE_SCOPE)
    public Response submit(@PathParam("athleteId") String athleteId, JsonNode body) {
        return Response.accepted(submission.submitSets(body, athleteId, ORIGIN)).build();
    }

    @GET
    @PermissionsAllowed(ProgressAccess.READ_PROGRESS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
    public SetsView list(@PathParam("athleteId") String athleteId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("exerciseId") String exerciseId,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        AthleteIds.checkedPath(athleteId);
        LocalDate today = LocalDate.now(clock);
        SetHistory.Query query = new SetHistory.Query(ListQuery.date("from", from, today), ListQuery.date("to", to, today),
                ListQuery.uuid("exerciseId", exerciseId), ListQuery.limit(limit), cursor);
        ListQuery.ordered(query.from(), query.to());
        SetHistory.Page page = history.page(athleteId, query);
        return new SetsView(athleteId, page.sets(), page.nextCursor());
    }

    @DELETE
    @Path("{eventId}")
    @PermissionsAllowed(ProgressAccess.SUBMIT_SETS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.SETS_WRITE_SCOPE)
    public Response voidSet(@PathParam("athleteId") String athleteId, @PathParam("eventId") String eventId) {
        AthleteIds.checkedPath(athleteId);
        LoggedSet set = history.find(athleteId, eventId).orElseThrow(() -> ProblemException.notFound("Set", eventId));
        return Response.accepted(submission.voidSet(set.eventId(), athleteId, ORIGIN.source())).build();
    }
}
