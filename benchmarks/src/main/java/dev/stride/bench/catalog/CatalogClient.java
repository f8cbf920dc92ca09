package dev.stride.bench.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stride.testing.Tokens;

/** Just enough of the catalog API to fill it and change it, with bodies written as text. */
public final class CatalogClient {
    /** A catalog editor: the one caller that may write the catalog (it reads it too). */
    private static final String EDITOR = "Bearer " + Tokens.catalogEditor();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final List<String> MUSCLES = List.of("GLUTES", "HAMSTRINGS", "QUADRICEPS", "CALVES", "OBLIQUES", "HIP_ABDUCTORS");
    private static final List<String> CATEGORIES = List.of("STRENGTH", "MOBILITY", "PLYOMETRIC", "BALANCE", "CORE_STABILITY");

    private final HttpClient http;
    private final Function<String, String> url;

    /** {@code url} turns a path into the URL of the catalog-service to call. */
    public CatalogClient(HttpClient http, Function<String, String> url) {
        this.http = http;
        this.url = url;
    }

    /** Creates exercise number {@code n}; returns its id. */
    public String create(int n) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(json("/exercises").POST(publisher(body(n, ""))).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(201, response);
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return id.group(1);
    }

    /** Replaces exercise {@code n} (id {@code id}) expecting {@code version}; the new version is version + 1. */
    public void update(String id, int n, long version, String note) throws IOException, InterruptedException {
        HttpRequest request = json("/exercises/" + id).header("If-Match", "\"" + version + "\"")
                .PUT(publisher(body(n, note))).build();
        expect(200, http.send(request, HttpResponse.BodyHandlers.discarding()));
    }

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(url.apply(pathAndQuery))).header("Accept", "application/json")
                .header("Authorization", EDITOR).GET().build();
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(url.apply(path))).header("Content-Type", "application/json")
                .header("Authorization", EDITOR);
    }

    private static HttpRequest.BodyPublisher publisher(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static void expect(int status, HttpResponse<?> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
    }

    /** A realistic exercise, about as large as the seeded ones. */
    static String body(int n, String note) {
        String slug = String.format("bench-exercise-%04d", n);
        return "{\"slug\":\"" + slug + "\",\"name\":\"Bench exercise " + n + "\",\"aliases\":[\"Drill " + n + "\"],"
                + "\"summary\":\"A generated exercise to measure the catalog with a realistic amount of text in it.\","
                + "\"instructions\":[\"Stand tall with your feet hip-width apart.\",\"Hinge at the hips and keep the back flat.\","
                + "\"Return slowly to the start.\"],\"cues\":[\"Back flat.\",\"Abs engaged.\"],"
                + "\"safetyNotes\":[\"Stop if you feel pain.\"],"
                + "\"primaryMuscles\":[\"" + MUSCLES.get(n % MUSCLES.size()) + "\"],\"secondaryMuscles\":[\"LOWER_BACK\"],"
                + "\"category\":\"" + CATEGORIES.get(n % CATEGORIES.size()) + "\",\"equipment\":[],"
                + "\"laterality\":\"UNILATERAL\",\"measurement\":\"REPS\",\"prescription\":{\"setsMin\":2,\"setsMax\":3,"
                + "\"repsMin\":10,\"repsMax\":12,\"perSide\":true,\"restSeconds\":60},\"difficulty\":\"INTERMEDIATE\","
                + "\"progressions\":[{\"description\":\"Hold a medicine ball.\"}],"
                + "\"runnerBenefits\":\"Builds single-leg strength for running.\""
                + (note.isEmpty() ? "" : ",\"notes\":\"" + note + "\"") + "}";
    }
}
