package dev.stride.progress.exports;

import java.sql.SQLException;
import java.util.Locale;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /athletes/{id}/sets.csv?format=strong|hevy}: the sets in another app's shape, for the
 * athlete and their apps; {@code GET /athletes/{id}/export}: the whole archive, for the athlete and the platform.
 */
@Path("/athletes/{athleteId}")
public class ExportResource {
    private final SetsCsv csv;
    private final AthleteArchive archive;

    ExportResource(SetsCsv csv, AthleteArchive archive) {
        this.csv = csv;
        this.archive = archive;
    }

    @GET
    @Path("sets.csv")
    @Produces("text/csv")
    @PermissionsAllowed(ProgressAccess.READ_PROGRESS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
    public Response sets(@PathParam("athleteId") String athleteId, @QueryParam("format") String format) {
        AthleteIds.checkedPath(athleteId);
        SetsCsv.Format shape = ListQuery.option(SetsCsv.Format.class, "format", format, SetsCsv.Format.STRONG);
        StreamingOutput body = out -> csv.write(athleteId, shape, out);
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"stride-sets-" + shape.name().toLowerCase(Locale.ROOT) + ".csv\"").build();
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(ProgressAccess.MANAGE_ACCOUNT)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.ACCOUNT_SCOPE)
    public Response export(@PathParam("athleteId") String athleteId) {
        AthleteIds.checkedPath(athleteId);
        StreamingOutput body = out -> {
            try {
                archive.write(athleteId, out);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"stride-export.json\"").build();
    }
}
