package dev.stride.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Problem details for the statuses HTTP itself decides (404, 405, 413, 415, ...), each with a detail a caller can act on. */
public final class HttpProblems {
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed.",
            404, "There is nothing at this path.",
            405, "This path does not support this method.",
            406, "This resource cannot be represented in a type the Accept header allows.",
            411, "Send the body with a Content-Length: only uploads may be sent in chunks.",
            413, "The body is larger than this endpoint accepts.",
            414, "The request line is longer than this server accepts.",
            415, "Send the body as application/json, with that Content-Type.",
            431, "The request headers are larger than this server accepts.");

    private HttpProblems() {
    }

    public static Problem of(int status, URI instance) {
        return of(status, instance, DETAILS.getOrDefault(status, title(status)));
    }

    public static Problem of(int status, URI instance, String detail) {
        return new Problem(URI.create("about:blank"), title(status), status, detail, instance, List.of());
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
