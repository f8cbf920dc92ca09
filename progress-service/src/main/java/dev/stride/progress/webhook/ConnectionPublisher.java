package dev.stride.progress.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.athlete.SourceName;
import dev.stride.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Announces connections and their ends on {@code athlete-events} (key {@code <athleteId>/connections/<source>})
 * through the outbox, in the caller's transaction: the webhook-service delivers to an app only for
 * the athletes who connected it.
 */
@ApplicationScoped
public class ConnectionPublisher {
    private static final Logger LOG = Logger.getLogger(ConnectionPublisher.class);
    private final Outbox outbox;
    private final WebhookSources sources;

    ConnectionPublisher(Outbox outbox, WebhookSources sources) {
        this.outbox = outbox;
        this.sources = sources;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void connected(Connections.SourceConnection connection, String clientId) {
        nameObeysTheContract(connection.source());
        AthleteConnected connected = new AthleteConnected(UUID.randomUUID(), connection.athleteId(), connection.source(),
                clientId, connection.connectedAt());
        outbox.enqueue(Topics.ATHLETE_EVENTS, AthleteConnected.key(connected.athleteId(), connected.source()),
                connected.eventId().toString(), AthleteConnected.TYPE, connected.connectedAt(), connected);
    }

    /**
     * Announces the end of a link, with the client that made it. A link made before clients were kept
     * was never announced: it ends with the source's configured client, or silently without one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disconnected(Connections.Unlinked link, Instant at) {
        Optional<String> clientId = Optional.ofNullable(link.clientId()).or(() -> configuredClientOf(link.source()));
        if (clientId.isEmpty() || !SourceName.valid(link.source())) {
            LOG.debugf("The link of %s to %s was never announced: its end is not either", link.athleteId(), link.source());
            return;
        }
        AthleteDisconnected disconnected = new AthleteDisconnected(UUID.randomUUID(), link.athleteId(), link.source(),
                clientId.get(), at);
        outbox.enqueue(Topics.ATHLETE_EVENTS, AthleteDisconnected.key(link.athleteId(), link.source()),
                disconnected.eventId().toString(), AthleteDisconnected.TYPE, at, disconnected);
    }

    private Optional<String> configuredClientOf(String source) {
        return Optional.ofNullable(sources.sources().get(source)).flatMap(WebhookSources.Source::clientId);
    }

    /** A configured name that every consumer would refuse is a mistake of configuration: nothing is linked. */
    private static void nameObeysTheContract(String source) {
        if (!SourceName.valid(source)) {
            throw new IllegalStateException("The webhook source '" + source + "' is misnamed: its name "
                    + SourceName.RULE + " (stride.webhooks.sources.<name>)");
        }
    }
}
