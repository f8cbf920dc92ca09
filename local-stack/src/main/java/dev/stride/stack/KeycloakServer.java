package dev.stride.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak, run from its server distribution with {@code kc.sh start-dev} as a child process:
 * the stride realm imported from {@code identity/stride-realm.json}, its data (H2 files) inside the
 * distribution unpacked under {@code workDir}, its output in a log file. The first start on a new
 * folder unpacks the zip and lets Keycloak build itself for the dev profile; later starts reuse both.
 * <p>
 * Keycloak imports a realm only when it does not have it yet, so a changed realm file resets the
 * stored data to import it anew.
 */
public final class KeycloakServer {
    public static final String REALM = "stride";
    /** The dev-only administrator of the master realm. */
    public static final String ADMIN = "admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path workDir;
    private final Path realmFile;
    private final int port;
    private final int managementPort;
    private Process process;

    /** {@code port} serves the realms and the admin console, {@code managementPort} {@code /health/ready}. */
    public KeycloakServer(Path workDir, Path realmFile, int port, int managementPort) {
        this.workDir = workDir;
        this.realmFile = realmFile;
        this.port = port;
        this.managementPort = managementPort;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The issuer of the stride realm's tokens, and where its OpenID configuration is found. */
    public String issuer() {
        return url("/realms/" + REALM);
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Launches Keycloak without waiting for it, its temporary files in {@code tempDir}. */
    public void start(Path logFile, Path tempDir) {
        Path home = KeycloakDistribution.unpackedIn(workDir);
        try {
            Files.createDirectories(logFile.getParent());
            importRealm(home, logFile);
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "-Djava.io.tmpdir=" + Files.createDirectories(tempDir),
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url(""),
                    "--health-enabled=true", "--http-management-port=" + managementPort, "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** Waits until the stride realm's OpenID configuration answers: what the services fetch when they start. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest configuration = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue());
            }
            try {
                if (HTTP.send(configuration, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s");
    }

    public long pid() {
        return process.pid();
    }

    /** Stops Keycloak: kc.sh forwards the signal to its Java process, which is also signalled directly. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            all.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void importRealm(Path home, Path logFile) throws IOException {
        Path imported = home.resolve("data/import").resolve(realmFile.getFileName());
        if (Files.exists(imported) && Files.mismatch(imported, realmFile) != -1) {
            Folders.deleteRecursively(home.resolve("data/h2"));
            Files.writeString(logFile, "Stride: " + realmFile + " changed since the last start; Keycloak's data is reset "
                    + "and the realm imported anew.\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        Files.createDirectories(imported.getParent());
        Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
    }
}
