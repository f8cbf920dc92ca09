package dev.stride.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Down while one of the service's consumers cannot progress: the consumer's name and a stable reason code. */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {
    private final ConsumerHealth health;

    ConsumersReadiness(ConsumerHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> stalled = health.stalled();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumers").status(stalled.isEmpty());
        stalled.forEach(response::withData);
        return response.build();
    }
}
