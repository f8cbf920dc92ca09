package dev.stride.progress.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.progress.paging.ListQuery;
import dev.stride.problem.ProblemException;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code /athletes/{id}/sessions}: the athlete's workouts, newest first, and one with every set. */
@Path("/athletes/{athleteId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(ProgressAccess.READ_PROGRESS)
@SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
public class SessionResource {
    private final WorkoutSessions sessions;
    private final Clock clock;

    SessionResource(WorkoutSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A page of sessions and the cursor of the next one (null on the last page). */
    public record SessionsView(String athleteId, List<WorkoutSession> sessions, String nextCursor) {
    }

    @GET
    public SessionsView list(@PathParam("athleteId") String athleteId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("limit") String limit,
                             @QueryParam("cursor") String cursor) {
        AthleteIds.checkedPath(athleteId);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = ListQuery.date("from", from, today);
        LocalDate end = ListQuery.date("to", to, today);
        ListQuery.ordered(start, end);
        WorkoutSessions.Page page = sessions.page(athleteId, start, end, ListQuery.limit(limit), cursor);
        return new SessionsView(athleteId, page.sessions(), page.nextCursor());
    }

    @GET
    @Path("{sessionId}")
    public WorkoutSession one(@PathParam("athleteId") String athleteId, @PathParam("sessionId") String sessionId) {
        AthleteIds.checkedPath(athleteId);
        return sessions.find(athleteId, sessionId).orElseThrow(() -> ProblemException.notFound("Session", sessionId));
    }
}
