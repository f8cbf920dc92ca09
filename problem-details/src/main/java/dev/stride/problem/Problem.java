package dev.stride.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code errors} names each invalid field of a bad request.
 * {@code type} is a URI reference; {@code about:blank} means the status code says it all.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request ({@code sets[2].reps}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
