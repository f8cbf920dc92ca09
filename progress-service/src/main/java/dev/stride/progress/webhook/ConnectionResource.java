package dev.stride.progress.webhook;

import java.util.List;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.access.ProgressAccess;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An athlete connects a webhook source by the id that source knows them by; from then on the
 * source's webhooks may name them by that {@code userId}. Unlinking stops them at once.
 */
@Path("/athletes/{athleteId}/connections")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(ProgressAccess.MANAGE_CONNECTIONS)
@SecurityRequirement(name = "stride", scopes = ProgressAccess.CONNECTIONS_WRITE_SCOPE)
public class ConnectionResource {
    private final Connections connections;
    private final WebhookSources sources;

    ConnectionResource(Connections connections, WebhookSources sources) {
        this.connections = connections;
        this.sources = sources;
    }

    /** {@code PUT /athletes/{athleteId}/connections/{source}}: {@code {"userId": "<the source's id of the athlete>"}}. */
    public record ConnectionRequest(String userId) {
    }

    @GET
    public List<Connections.SourceConnection> list(@PathParam("athleteId") String athleteId) {
        return connections.of(athleteId);
    }

    @PUT
    @Path("{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response connect(@PathParam("athleteId") String athleteId, @PathParam("source") String source,
                            ConnectionRequest request) {
        knownSource(source);
        Connections.Connected connected = connections.connect(athleteId, source, userId(request));
        return Response.status(connected.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(connected.connection()).build();
    }

    @DELETE
    @Path("{source}")
    public Response disconnect(@PathParam("athleteId") String athleteId, @PathParam("source") String source) {
        knownSource(source);
        connections.disconnect(athleteId, source);
        return Response.noContent().build();
    }

    private void knownSource(String source) {
        if (!sources.sources().containsKey(source)) {
            throw ProblemException.notFound("Webhook source", source);
        }
    }

    private static String userId(ConnectionRequest request) {
        String userId = request == null ? null : request.userId();
        String invalid = Connections.userIdProblem(userId);
        if (invalid != null) {
            throw ProblemException.badRequest("Invalid connection", List.of(new Problem.FieldError("userId", invalid)));
        }
        return userId;
    }
}
