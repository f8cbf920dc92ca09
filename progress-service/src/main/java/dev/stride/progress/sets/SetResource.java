package dev.stride.progress.sets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.progress.access.ProgressAccess;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code POST /athletes/{athleteId}/sets}: one set or an array of up to 500; 202 once on the broker. */
@Path("/athletes/{athleteId}/sets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SetResource {
    static final SetSubmission.Origin ORIGIN = new SetSubmission.Origin("/stride/progress-service/http", "", null);
    private final SetSubmission submission;

    SetResource(SetSubmission submission) {
        this.submission = submission;
    }

    @POST
    @PermissionsAllowed(ProgressAccess.SUBMIT_SETS)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.SETS_WRITE_SCOPE)
    public Response submit(@PathParam("athleteId") String athleteId, JsonNode body) {
        return Response.accepted(submission.submitSets(body, athleteId, ORIGIN)).build();
    }
}
