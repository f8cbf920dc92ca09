package dev.stride.messaging;

import java.sql.Connection;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Replaces Quarkus' datasource check, whose body carries the driver's message: down with the
 * stable reason {@code database-unavailable}, the message in the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    static final String NAME = "Database connections health check";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int TIMEOUT_SECONDS = 3;
    private final AgroalDataSource dataSource;

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            LOG.warn("Readiness: a database connection did not validate");
        } catch (SQLException e) {
            LOG.warnf("Readiness: the database is unavailable: %s", e.getMessage());
        }
        return HealthCheckResponse.named(NAME).down().withData("reason", "database-unavailable").build();
    }
}
