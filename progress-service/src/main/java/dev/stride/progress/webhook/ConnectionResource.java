package dev.stride.progress.webhook;

import java.util.List;

import dev.stride.access.Caller;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.access.ProgressAccess;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
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
 * A webhook source's app connects the athlete who granted it {@code connections:write} under the id
 * the source knows them by; from then on the source's webhooks may name them by that
 * {@code userId}. Only the source's own app links (it vouches for its user id: an athlete naming an
 * id of their choosing could take another person's workouts); the athlete, or the app, unlinks at
 * once.
 */
@Path("/athletes/{athleteId}/connections")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(ProgressAccess.MANAGE_CONNECTIONS)
@SecurityRequirement(name = "stride", scopes = ProgressAccess.CONNECTIONS_WRITE_SCOPE)
public class ConnectionResource {
    private final Connections connections;
    private final ConnectionService service;
    private final WebhookSources sources;
    private final SecurityIdentity identity;

    ConnectionResource(Connections connections, ConnectionService service, WebhookSources sources, SecurityIdentity identity) {
        this.connections = connections;
        this.service = service;
        this.sources = sources;
        this.identity = identity;
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
        String client = Caller.of(identity).client();
        if (knownSource(source).clientId().filter(client::equals).isEmpty()) {
            throw new ProblemException(403, "not-the-source", "Forbidden",
                    "Only " + source + "'s own app links its user ids, with a token the athlete granted it");
        }
        Connections.Connected connected = service.connect(athleteId, source, userId(request), client);
        return Response.status(connected.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(connected.connection()).build();
    }

    @DELETE
    @Path("{source}")
    public Response disconnect(@PathParam("athleteId") String athleteId, @PathParam("source") String source) {
        knownSource(source);
        service.disconnect(athleteId, source);
        return Response.noContent().build();
    }

    private WebhookSources.Source knownSource(String source) {
        WebhookSources.Source known = sources.sources().get(source);
        if (known == null) {
            throw ProblemException.notFound("Webhook source", source);
        }
        return known;
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
