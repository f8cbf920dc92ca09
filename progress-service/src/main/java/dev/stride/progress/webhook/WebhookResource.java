package dev.stride.progress.webhook;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /webhooks/{source}}: Standard Webhooks deliveries from third-party apps. No bearer
 * token: the source proves itself by its signature, and may post only for athletes who connected it.
 */
@Path("/webhooks/{source}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
    private final WebhookReceiver receiver;

    WebhookResource(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("source") String source, @HeaderParam("webhook-id") String id,
                            @HeaderParam("webhook-timestamp") String timestamp,
                            @Context HttpHeaders headers, byte[] body) {
        List<String> signatures = headers.getRequestHeader("webhook-signature");
        String signature = signatures == null || signatures.isEmpty() ? null : String.join(" ", signatures);
        WebhookReceiver.Delivery delivery = new WebhookReceiver.Delivery(id, timestamp, signature, body == null ? new byte[0] : body);
        return receiver.receive(source, delivery)
                .map(Response::accepted)
                .orElseGet(() -> Response.ok(new Duplicate(0, id)))
                .build();
    }

    /** The answer to a webhook-id already accepted: acknowledged, nothing published again. */
    public record Duplicate(int accepted, String duplicateOf) {
    }
}
