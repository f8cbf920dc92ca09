package dev.stride.bench.pipeline;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.testing.Tokens;
import dev.stride.contracts.EventJson;
import dev.stride.workload.Totals;

/** progress-service's read API as the benchmark uses it: weekly volume, streaks, summary. */
public final class ProgressClient {
    /** The platform's backend: reads the progress of every athlete (signed by the benchmark's issuer). */
    static final String PLATFORM = "Bearer " + Tokens.platform();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    public ProgressClient(String base) {
        this.base = base;
    }

    HttpClient http() {
        return http;
    }

    URI uri(String athleteId, String rest) {
        return URI.create(base + "/athletes/" + URLEncoder.encode(athleteId, StandardCharsets.UTF_8) + rest);
    }

    /** The athlete's volume per ISO week (by its Monday) between two dates; empty while the athlete is unknown. */
    public Optional<Map<LocalDate, Totals>> weeks(String athleteId, LocalDate from, LocalDate to) throws IOException, InterruptedException {
        Optional<JsonNode> view = get(uri(athleteId, "/volume?bucket=week&by=exercise&from=" + from + "&to=" + to));
        if (view.isEmpty()) {
            return Optional.empty();
        }
        Map<LocalDate, Totals> weeks = new HashMap<>();
        for (JsonNode bucket : view.get().path("buckets")) {
            weeks.put(LocalDate.parse(bucket.path("start").asText()), totals(bucket.path("total")));
        }
        return Optional.of(weeks);
    }

    /** Whether a set of this athlete shows in {@code /volume}. */
    boolean inVolume(String athleteId) throws IOException, InterruptedException {
        Optional<JsonNode> volume = get(uri(athleteId, "/volume?bucket=day&by=exercise"));
        return volume.isPresent() && volume.get().path("buckets").size() > 0;
    }

    /** Whether this athlete has an active day in {@code /streaks}. */
    boolean inStreaks(String athleteId) throws IOException, InterruptedException {
        Optional<JsonNode> streaks = get(uri(athleteId, "/streaks"));
        return streaks.isPresent() && !streaks.get().path("lastActiveDay").isMissingNode()
                && !streaks.get().path("lastActiveDay").isNull();
    }

    private Optional<JsonNode> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", PLATFORM).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return Optional.of(EventJson.mapper().readTree(response.body()));
    }

    private static Totals totals(JsonNode total) {
        return new Totals(new BigDecimal(total.path("sets").asText()).longValueExact(), total.path("reps").asLong(),
                new BigDecimal(total.path("tonnageKg").asText()), total.path("holdSeconds").asLong(),
                new BigDecimal(total.path("distanceMeters").asText()));
    }
}
