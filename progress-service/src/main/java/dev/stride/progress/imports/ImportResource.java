package dev.stride.progress.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.progress.paging.ListQuery;
import dev.stride.problem.ProblemException;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
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
 * {@code POST /athletes/{id}/imports?timeZone=&unmapped=keep|refuse&weightUnit=&distanceUnit=}: a
 * Strong or Hevy CSV export as the body ({@code text/csv}, up to 64 MiB); 202 and the job, whose
 * {@code GET} shows its progress until it is done.
 */
@Path("/athletes/{athleteId}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final Imports imports;
    private final ImportJobs jobs;

    ImportResource(Imports imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @POST
    @Consumes("text/csv")
    @PermissionsAllowed(ProgressAccess.SUBMIT_SETS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.SETS_WRITE_SCOPE)
    public Response start(@PathParam("athleteId") String athleteId, @QueryParam("timeZone") String timeZone,
                          @QueryParam("unmapped") String unmapped, @QueryParam("weightUnit") String weightUnit,
                          @QueryParam("distanceUnit") String distanceUnit, InputStream file) throws IOException, SQLException {
        AthleteIds.checkedPath(athleteId);
        ImportJob job = imports.accept(athleteId, ImportOptions.parse(timeZone, unmapped, weightUnit, distanceUnit), file);
        return Response.accepted(job).location(URI.create("/athletes/" + athleteId + "/imports/" + job.jobId())).build();
    }

    @GET
    @Path("{jobId}")
    @PermissionsAllowed(ProgressAccess.READ_PROGRESS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
    public ImportJob job(@PathParam("athleteId") String athleteId, @PathParam("jobId") String jobId) throws SQLException {
        AthleteIds.checkedPath(athleteId);
        return jobs.find(athleteId, ListQuery.uuid("jobId", jobId))
                .orElseThrow(() -> ProblemException.notFound("Import", jobId));
    }
}
