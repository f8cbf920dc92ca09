package dev.stride.webhook.subscription;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import dev.stride.access.Caller;
import dev.stride.webhook.access.WebhookAccess;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** An app's webhook subscriptions, managed with its own token (scope {@code webhooks:manage}); see {@link WebhookAccess}. */
@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(WebhookAccess.MANAGE_SUBSCRIPTIONS)
@SecurityRequirement(name = "stride", scopes = WebhookAccess.WEBHOOKS_MANAGE_SCOPE)
public class SubscriptionResource {
    private final SubscriptionService subscriptions;
    private final SecurityIdentity identity;

    SubscriptionResource(SubscriptionService subscriptions, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.identity = identity;
    }

    /** 201 with the subscription and its {@code secret}, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(SubscriptionRequest request) throws SQLException {
        Subscription made = subscriptions.subscribe(app(), request);
        return Response.created(URI.create("/webhook-subscriptions/" + made.id())).entity(made).build();
    }

    @GET
    public List<Subscription> list() throws SQLException {
        return subscriptions.of(app());
    }

    @GET
    @Path("{id}")
    public Subscription get(@PathParam("id") UUID id) throws SQLException {
        return subscriptions.get(app(), id);
    }

    /** Deliveries wait (and age) until it is resumed. */
    @POST
    @Path("{id}/pause")
    public Subscription pause(@PathParam("id") UUID id) throws SQLException {
        return subscriptions.pause(app(), id);
    }

    /** Also what brings back a subscription Stride disabled. */
    @POST
    @Path("{id}/resume")
    public Subscription resume(@PathParam("id") UUID id) throws SQLException {
        return subscriptions.resume(app(), id);
    }

    /** A new {@code secret}, shown this once; the old one keeps signing beside it for 24 hours. */
    @POST
    @Path("{id}/rotate-secret")
    public Subscription rotateSecret(@PathParam("id") UUID id) throws SQLException {
        return subscriptions.rotateSecret(app(), id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) throws SQLException {
        subscriptions.delete(app(), id);
        return Response.noContent().build();
    }

    private String app() {
        return Caller.of(identity).client();
    }
}
