package dev.stride.webhook.delivery;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import dev.stride.access.Caller;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.webhook.access.WebhookAccess;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A subscription's deliveries, as its app sees them: the log, one delivery made again, a test event. */
@Path("/webhook-subscriptions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(WebhookAccess.MANAGE_SUBSCRIPTIONS)
@SecurityRequirement(name = "stride", scopes = WebhookAccess.WEBHOOKS_MANAGE_SCOPE)
public class DeliveryResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private final DeliveryLog log;
    private final SecurityIdentity identity;

    DeliveryResource(DeliveryLog log, SecurityIdentity identity) {
        this.log = log;
        this.identity = identity;
    }

    /** Newest first, each with its attempts; {@code next} pages on. */
    @GET
    @Path("deliveries")
    public DeliveryPage deliveries(@PathParam("id") UUID id, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit)
            throws SQLException {
        if (!log.owns(app(), id)) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return log.page(app(), id, LogCursor.decode(cursor), limit(limit));
    }

    @GET
    @Path("deliveries/{deliveryId}")
    public DeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) throws SQLException {
        return log.find(app(), id, deliveryId).orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
    }

    /** 202: the delivery is made again as soon as the endpoint can take it, with the same {@code webhook-id}. */
    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) throws SQLException {
        if (!log.redeliver(app(), id, deliveryId)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        return Response.accepted().location(URI.create("/webhook-subscriptions/" + id + "/deliveries/" + deliveryId)).build();
    }

    /** 202 with the {@code Location} of the {@code webhook.test} delivery. */
    @POST
    @Path("test")
    public Response sendTest(@PathParam("id") UUID id) throws SQLException {
        UUID delivery = log.sendTest(app(), id).orElseThrow(() -> ProblemException.notFound("Webhook subscription", id));
        return Response.accepted().location(URI.create("/webhook-subscriptions/" + id + "/deliveries/" + delivery)).build();
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badRequest("Invalid parameter", List.of(new Problem.FieldError("limit", "must be 1 to " + MAX_LIMIT)));
    }

    private String app() {
        return Caller.of(identity).client();
    }
}
