package dev.stride.webhook.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.stride.webhook.endpoint.Endpoint;
import dev.stride.webhook.endpoint.EndpointPolicy;
import dev.stride.webhook.endpoint.EndpointRefused;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One round of deliveries to one endpoint: its URL checked and resolved again (a name re-pointed
 * at an inside address gets nothing), then each athlete's deliveries one after the other, in the
 * order they were made, different athletes' side by side. An athlete's line stops at its first
 * failure, so that what follows is not delivered ahead of it.
 */
@ApplicationScoped
public class EndpointRound {
    private final EndpointPolicy policy;
    private final Sender sender;
    private final Clock clock;

    EndpointRound(EndpointPolicy policy, Sender sender, Clock clock) {
        this.policy = policy;
        this.sender = sender;
        this.clock = clock;
    }

    /** Blocks only to resolve the host; the attempts complete later, on the client's threads. */
    CompletableFuture<List<Attempt>> deliver(Claimed endpoint) {
        Endpoint checked;
        try {
            checked = policy.check(endpoint.url());
        } catch (EndpointRefused refused) {
            List<Attempt> attempts = endpoint.due().stream()
                    .map(delivery -> new Attempt(delivery, clock.instant(), null, 0, "not sent: " + refused.getMessage())).toList();
            return CompletableFuture.completedFuture(attempts);
        }
        List<CompletableFuture<List<Attempt>>> lines = lines(endpoint.due()).stream()
                .map(line -> inOrder(line, 0, checked, endpoint.secrets(), new ArrayList<>())).toList();
        return CompletableFuture.allOf(lines.toArray(CompletableFuture[]::new))
                .thenApply(done -> lines.stream().flatMap(line -> line.join().stream()).toList());
    }

    /** Deliveries by athlete, each in its order; a test event (no athlete) is a line of its own. */
    private static List<List<DueDelivery>> lines(List<DueDelivery> due) {
        Map<Object, List<DueDelivery>> lines = new LinkedHashMap<>();
        for (DueDelivery delivery : due) {
            Object athlete = delivery.athleteId() == null ? delivery.id() : delivery.athleteId();
            lines.computeIfAbsent(athlete, key -> new ArrayList<>()).add(delivery);
        }
        lines.values().forEach(line -> line.sort(Comparator.comparing(DueDelivery::sequence, Comparator.nullsFirst(Comparator.naturalOrder()))));
        return List.copyOf(lines.values());
    }

    private CompletableFuture<List<Attempt>> inOrder(List<DueDelivery> line, int next, Endpoint endpoint, List<String> secrets,
                                                     List<Attempt> made) {
        if (next == line.size()) {
            return CompletableFuture.completedFuture(made);
        }
        DueDelivery delivery = line.get(next);
        byte[] body = Payloads.body(delivery);
        return sender.send(delivery, endpoint, Payloads.headers(delivery, secrets, body, clock.instant()), body)
                .thenCompose(attempt -> {
                    made.add(attempt);
                    return attempt.delivered() ? inOrder(line, next + 1, endpoint, secrets, made) : CompletableFuture.completedFuture(made);
                });
    }
}
