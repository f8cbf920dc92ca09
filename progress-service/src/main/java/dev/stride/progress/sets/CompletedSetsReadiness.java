package dev.stride.progress.sets;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while {@code completed-sets} ingestion progresses; down, with the reason, while it cannot store. */
@Readiness
@ApplicationScoped
public class CompletedSetsReadiness implements HealthCheck {
    private final CompletedSetsLoop loop;

    CompletedSetsReadiness(CompletedSetsLoop loop) {
        this.loop = loop;
    }

    @Override
    public HealthCheckResponse call() {
        return loop.problem()
                .map(problem -> HealthCheckResponse.named("completed-sets ingestion").down().withData("problem", problem).build())
                .orElseGet(() -> HealthCheckResponse.up("completed-sets ingestion"));
    }
}
