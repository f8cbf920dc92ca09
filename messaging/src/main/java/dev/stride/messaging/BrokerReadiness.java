package dev.stride.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Replaces Quarkus' Kafka check, whose body carries the client's exception message: down with
 * the stable reason {@code broker-unavailable}, the message in the log.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {
    static final String NAME = "Kafka connection health check";
    private static final Logger LOG = Logger.getLogger(BrokerReadiness.class);
    private static final int TIMEOUT_MS = 3_000;
    private final Admin admin;

    BrokerReadiness(KafkaClients clients) {
        this.admin = clients.admin("readiness");
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).up().withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Readiness: the broker is unavailable: %s", e.getMessage());
        }
        return HealthCheckResponse.named(NAME).down().withData("reason", ConsumerHealth.BROKER_UNAVAILABLE).build();
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
