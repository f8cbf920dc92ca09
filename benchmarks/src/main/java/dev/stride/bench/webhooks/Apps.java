package dev.stride.bench.webhooks;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.stride.workload.Athletes;

/**
 * The run's apps, {@code app-0001} on, one subscription each, the last {@code dead-share} of them at dead
 * endpoints; and the app each connected athlete connected: the first {@code connected-share} of the workload's
 * athletes, round-robin over the apps.
 */
final class Apps {
    private final Set<String> dead = new HashSet<>();
    private final Map<String, String> appOfAthlete = new LinkedHashMap<>();

    private Apps() {
    }

    /** Opens every app's endpoint and subscribes it on webhook-service. */
    static Apps subscribe(WebhookLoadOptions options, AppSubscriptions subscriptions, HealthyEndpoints healthy,
                          DeadEndpoints deadEndpoints) throws Exception {
        Apps apps = new Apps();
        for (int n = 1; n <= options.subscriptions(); n++) {
            String app = name(n);
            boolean isDead = n > options.subscriptions() - options.deadEndpoints();
            subscriptions.subscribe(app, isDead ? deadEndpoints.open(app) : healthy.open(app));
            if (isDead) {
                apps.dead.add(app);
            }
        }
        for (int k = 0; k < options.connectedAthletes(); k++) {
            apps.appOfAthlete.put(Athletes.idOf(k), name(1 + k % options.subscriptions()));
        }
        return apps;
    }

    private static String name(int n) {
        return String.format("app-%04d", n);
    }

    Set<String> dead() {
        return Collections.unmodifiableSet(dead);
    }

    /** Athlete id → the one app the athlete connected. */
    Map<String, String> appOfAthlete() {
        return Collections.unmodifiableMap(appOfAthlete);
    }
}
