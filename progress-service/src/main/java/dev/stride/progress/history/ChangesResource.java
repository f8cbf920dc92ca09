package dev.stride.progress.history;

import java.util.List;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.progress.paging.ListQuery;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /athletes/{id}/changes?cursor=&limit=}: the sync feed for apps keeping a copy of the
 * athlete's sets. Start without a cursor, then always send the cursor of the last answer; an empty
 * page keeps it. See {@link SetChanges} for why no change is ever skipped.
 */
@Path("/athletes/{athleteId}/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {
    private final SetChanges changes;

    ChangesResource(SetChanges changes) {
        this.changes = changes;
    }

    /** The answer: the changes in order, the cursor to send next, whether more are ready now. */
    public record ChangesView(String athleteId, List<SetChanges.Change> changes, String cursor, boolean more) {
    }

    @GET
    @PermissionsAllowed(ProgressAccess.READ_PROGRESS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
    public ChangesView changes(@PathParam("athleteId") String athleteId, @QueryParam("cursor") String cursor,
                               @QueryParam("limit") String limit) {
        SetChanges.Page page = changes.after(AthleteIds.checkedPath(athleteId), cursor, ListQuery.limit(limit));
        return new ChangesView(athleteId, page.changes(), page.cursor(), page.more());
    }
}
