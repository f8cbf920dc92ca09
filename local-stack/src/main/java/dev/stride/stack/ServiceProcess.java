package dev.stride.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service run from its built fast-jar as a child process, its output in a log file (local stack, benchmarks). */
public final class ServiceProcess {
    /**
     * Quarkus answers a request target that java.net.URI refuses with an empty 400 before any
     * handler of ours runs; without that check the services' HTTP edge answers it as problem details.
     */
    public static final String HTTP_EDGE = "-Dvertx.disableURIValidation=true";
    /**
     * Sized for a small machine that runs broker, database and the services together: the
     * parallel collector has no concurrent GC threads competing for the cores, a young generation
     * of half the heap keeps short-lived batches out of the old one (fewer full collections), and
     * smaller code cache, stacks and malloc arenas keep the resident set down (measured in
     * docs/benchmarks-pipeline.md).
     */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseParallelGC", "-XX:NewRatio=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
                    HTTP_EDGE);
    /** The application class-data archive Quarkus builds beside the jar ({@code quarkus.package.jar.appcds.enabled}): classes loaded ready-parsed, a faster start. */
    private static final String CLASS_ARCHIVE = "app-cds.jsa";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path jar;
    private Process process;

    /** {@code port} serves the API, {@code managementPort} health and metrics (Quarkus' management interface). */
    public ServiceProcess(String name, int port, int managementPort, Path jar) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = jar;
    }

    public String name() {
        return name;
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

    /** A path of the management interface: {@code /q/health/ready}, {@code /q/metrics}. */
    public String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    public void start(Map<String, String> environment, Path logFile) {
        start(environment, logFile, null);
    }

    /** Like {@link #start(Map, Path)}, with the service's temporary files (Vert.x cache, uploads) in {@code tempDir}. */
    public void start(Map<String, String> environment, Path logFile, Path tempDir) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>(List.of(javaExecutable()));
            command.addAll(JVM_OPTIONS);
            // The archive names the jar relative to its folder: the JVM must start there to use it.
            boolean classArchive = Files.exists(jar.resolveSibling(CLASS_ARCHIVE));
            if (classArchive) {
                command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
            }
            if (tempDir != null) {
                command.add("-Djava.io.tmpdir=" + Files.createDirectories(tempDir).toAbsolutePath());
            }
            command.addAll(List.of("-jar", classArchive ? jar.getFileName().toString() : jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (classArchive) {
                builder.directory(jar.toAbsolutePath().getParent().toFile());
            }
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready"))).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s");
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as the kernel's OOM killer or a lost node ends a process: no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
