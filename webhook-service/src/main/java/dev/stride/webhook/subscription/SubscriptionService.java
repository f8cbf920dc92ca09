package dev.stride.webhook.subscription;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.TextRules;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.webhook.endpoint.EndpointPolicy;
import dev.stride.webhook.endpoint.EndpointRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An app's subscriptions: made with a URL the outbound policy allows, changed and deleted only by that app. */
@ApplicationScoped
public class SubscriptionService {
    static final int MAX_DESCRIPTION = 256;
    private final Subscriptions subscriptions;
    private final EndpointPolicy endpoints;
    private final SubscriptionSettings settings;
    private final Clock clock;

    SubscriptionService(Subscriptions subscriptions, EndpointPolicy endpoints, SubscriptionSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /** The new subscription, with its secret: the only time the app sees it. */
    @Transactional(rollbackOn = Exception.class)
    public Subscription subscribe(String client, SubscriptionRequest request) throws SQLException {
        SubscriptionRequest valid = validated(request);
        if (subscriptions.countOf(client) >= settings.perApp()) {
            throw ProblemException.conflict("too-many-subscriptions",
                    "An app holds at most " + settings.perApp() + " subscriptions; delete one first");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSecrets.generate();
        subscriptions.insert(id, client, valid, secret, clock.instant());
        return found(client, id).withSecret(secret);
    }

    public List<Subscription> of(String client) throws SQLException {
        return subscriptions.of(client);
    }

    public Subscription get(String client, UUID id) throws SQLException {
        return found(client, id);
    }

    @Transactional(rollbackOn = Exception.class)
    public Subscription pause(String client, UUID id) throws SQLException {
        locked(client, id);
        subscriptions.setState(id, SubscriptionState.PAUSED, clock.instant());
        return found(client, id);
    }

    /** Active again, whatever stopped it (a pause, a 410, days of failures): the queue is tried at once. */
    @Transactional(rollbackOn = Exception.class)
    public Subscription resume(String client, UUID id) throws SQLException {
        locked(client, id);
        subscriptions.setState(id, SubscriptionState.ACTIVE, clock.instant());
        return found(client, id);
    }

    /** A new secret, shown once; the old one signs beside it for {@link SubscriptionSettings#previousSecretValidFor()}. */
    @Transactional(rollbackOn = Exception.class)
    public Subscription rotateSecret(String client, UUID id) throws SQLException {
        locked(client, id);
        String secret = WebhookSecrets.generate();
        Instant now = clock.instant();
        subscriptions.rotate(id, secret, now.plus(settings.previousSecretValidFor()));
        return found(client, id).withSecret(secret);
    }

    @Transactional(rollbackOn = Exception.class)
    public void delete(String client, UUID id) throws SQLException {
        if (!subscriptions.delete(client, id)) {
            throw notFound(id);
        }
    }

    private void locked(String client, UUID id) throws SQLException {
        subscriptions.lock(client, id).orElseThrow(() -> notFound(id));
    }

    private Subscription found(String client, UUID id) throws SQLException {
        return subscriptions.find(client, id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Webhook subscription", id);
    }

    private SubscriptionRequest validated(SubscriptionRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("A subscription needs a body",
                    List.of(new Problem.FieldError("url", "is required"), new Problem.FieldError("eventTypes", "is required")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String description = request.description() == null ? "" : request.description();
        if (description.length() > MAX_DESCRIPTION || TextRules.lineProblem(description) != null) {
            errors.add(new Problem.FieldError("description", "must be one line of at most " + MAX_DESCRIPTION + " characters"));
        }
        List<String> types = eventTypes(request.eventTypes(), errors);
        endpoints.shapeProblem(request.url()).ifPresent(problem -> errors.add(new Problem.FieldError("url", problem)));
        if (errors.isEmpty()) {
            try {
                endpoints.check(request.url());
            } catch (EndpointRefused refused) {
                errors.add(new Problem.FieldError("url", refused.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The subscription cannot be made as it is", errors);
        }
        return new SubscriptionRequest(request.url(), types, description);
    }

    private static List<String> eventTypes(List<String> requested, List<Problem.FieldError> errors) {
        if (requested == null || requested.isEmpty()) {
            errors.add(new Problem.FieldError("eventTypes", "must name at least one of " + WebhookType.names()));
            return List.of();
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (type == null || WebhookType.named(type).isEmpty()) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "must be one of " + WebhookType.names()));
            } else if (!types.add(type)) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "names " + type + " twice"));
            }
        }
        return List.copyOf(types);
    }
}
