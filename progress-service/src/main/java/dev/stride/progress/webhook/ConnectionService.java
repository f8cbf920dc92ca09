package dev.stride.progress.webhook;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Links and unlinks athletes and webhook sources, each change announced in the same transaction ({@link ConnectionPublisher}). */
@ApplicationScoped
public class ConnectionService {
    private final Connections connections;
    private final ConnectionPublisher publisher;
    private final Clock clock;

    ConnectionService(Connections connections, ConnectionPublisher publisher, Clock clock) {
        this.connections = connections;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Links {@code athleteId} to {@code source} under its {@code userId}, at the request of the source's app {@code clientId}. */
    @Transactional
    public Connections.Connected connect(String athleteId, String source, String userId, String clientId) {
        Connections.Connected connected = connections.connect(athleteId, source, userId, clientId);
        publisher.connected(connected.connection(), clientId);
        return connected;
    }

    /** Unlinks them; their end is announced only when they were linked. */
    @Transactional
    public void disconnect(String athleteId, String source) {
        connections.disconnect(athleteId, source).ifPresent(link -> publisher.disconnected(link, clock.instant()));
    }
}
