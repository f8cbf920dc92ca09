package dev.stride.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.EventJson;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What is refused before any endpoint runs, answered as problem details rather than Vert.x's empty
 * bodies: a body over the size limit (413: {@link BodyLimits}, larger for uploads), a body sent in
 * chunks without a length except to an upload path (411), a request line or headers over this service's limits
 * (414, 431; Quarkus' own limits are set higher so that these checks see them first), a body
 * without a Content-Type (415), and a request target that is not a valid URI (400). Quarkus checks
 * the last itself and answers with an empty body unless {@code -Dvertx.disableURIValidation=true}
 * is set, as {@code ./stride}, the Dockerfiles and the tests do ({@code quarkus:dev} needs it passed by hand).
 */
@ApplicationScoped
public class HttpEdge {
    /** Runs before Quarkus' own body-size check (route order -2). */
    private static final int PRIORITY = 1_000;
    private static final int MAX_REQUEST_LINE = 4_096;
    private static final int MAX_HEADERS = 16_384;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final Optional<Pattern> uploadPaths;

    HttpEdge(BodyLimits limits) {
        this.maxBodyBytes = limits.maxBodySize().asLongValue();
        this.maxUploadBytes = limits.maxUploadSize().asLongValue();
        this.uploadPaths = limits.uploadPaths().map(Pattern::compile);
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Integer refused = refusal(request);
        if (refused == null) {
            context.next();
        } else {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(context, refused);
        }
    }

    private Integer refusal(HttpServerRequest request) {
        if (request.uri().length() > MAX_REQUEST_LINE) {
            return 414;
        }
        if (!validUri(request.uri())) {
            return 400;
        }
        if (headerBytes(request) > MAX_HEADERS) {
            return 431;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && DIGITS.matcher(length).matches() && Long.parseLong(length) > maxBody(request)) {
            return 413;
        }
        boolean chunked = length == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (chunked && !upload(request)) {
            return 411; // else its size would be known only to Quarkus' own limit, which uploads set high
        }
        boolean hasBody = (length != null && !"0".equals(length)) || chunked;
        boolean sendsBody = request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT || request.method() == HttpMethod.PATCH;
        if (sendsBody && hasBody && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            return 415;
        }
        return null;
    }

    private long maxBody(HttpServerRequest request) {
        return upload(request) ? maxUploadBytes : maxBodyBytes;
    }

    private boolean upload(HttpServerRequest request) {
        return uploadPaths.isPresent() && uploadPaths.get().matcher(request.path()).matches();
    }

    /** java.net.URI refuses what Quarkus would: a % without two hex digits, a raw space, quote or backslash. */
    private static boolean validUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static void respond(RoutingContext context, int status) {
        if (context.response().headWritten()) {
            context.response().close();
            return;
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body(status, context));
    }

    private static String body(int status, RoutingContext context) {
        try {
            Problem problem = status == 400
                    ? HttpProblems.of(400, instance(context), "The request target is not a valid URI: each % must be followed by two hex digits, and characters such as space, quote and backslash must be percent-encoded.")
                    : HttpProblems.of(status, instance(context));
            return EventJson.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":" + status + "}";
        }
    }

    /** The raw path if it is a valid URI reference; none otherwise (a malformed path is the very error). */
    private static URI instance(RoutingContext context) {
        try {
            String path = context.request().path();
            return path == null || path.length() > MAX_REQUEST_LINE ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
