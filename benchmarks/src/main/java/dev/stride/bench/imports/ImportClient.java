package dev.stride.bench.imports;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import dev.stride.contracts.EventJson;
import dev.stride.testing.Tokens;

/** progress-service's import API as the athlete's app calls it, each request with a fresh token of the athlete. */
final class ImportClient {
    private static final Duration POLL_EVERY = Duration.ofMillis(200);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String athleteId;

    ImportClient(String base, String athleteId) {
        this.base = base;
        this.athleteId = athleteId;
    }

    /**
     * Posts the file as Strong's current form in kilograms and kilometers, names outside the catalog refused;
     * returns the job's address once the service has answered 202.
     */
    URI upload(Path file, String timeZone) throws IOException, InterruptedException {
        URI imports = URI.create(base + "/athletes/" + athleteId + "/imports?timeZone="
                + URLEncoder.encode(timeZone, StandardCharsets.UTF_8)
                + "&unmapped=refuse&weightUnit=kg&distanceUnit=km");
        HttpRequest request = HttpRequest.newBuilder(imports).header("Authorization", bearer())
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException(imports + " answered " + response.statusCode() + ": " + response.body());
        }
        return imports.resolve(response.headers().firstValue("Location")
                .orElseThrow(() -> new IOException(imports + " answered 202 without a Location")));
    }

    /** The job once it is no longer running; fails if it still runs after {@code timeout}. */
    ImportJob awaitFinished(URI job, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ImportJob state = read(job);
        while (state.running()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(job + " still running after " + timeout + ": " + state.summary());
            }
            Thread.sleep(POLL_EVERY.toMillis());
            state = read(job);
        }
        return state;
    }

    private ImportJob read(URI job) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(job).header("Authorization", bearer())
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(job + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ImportJob.of(EventJson.mapper().readTree(response.body()));
    }

    private String bearer() {
        return "Bearer " + Tokens.athlete(athleteId);
    }
}
