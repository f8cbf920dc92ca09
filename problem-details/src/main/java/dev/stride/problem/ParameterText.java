package dev.stride.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stride.contracts.TextRules;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters obey the same text rules as bodies: no control characters, valid
 * Unicode and UTF-8, at most 1,000 characters. Checked once for every endpoint, before any of them looks a
 * parameter up, so that no such value ever reaches a query.
 */
public class ParameterText {
    static final int MAX_LENGTH = 1_000;
    /** What the decoder puts in place of bytes that are not UTF-8: no parameter of ours carries it. */
    private static final char REPLACEMENT = '\uFFFD';

    @ServerRequestFilter
    public void refuseUnfitText(UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(uri.getPathParameters(), errors);
        check(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " parameter(s) are invalid", errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = value.length() > MAX_LENGTH ? "must be at most " + MAX_LENGTH + " characters"
                        : value.indexOf(REPLACEMENT) >= 0 ? "must be valid UTF-8" : TextRules.lineProblem(value);
                if (problem != null) {
                    errors.add(new Problem.FieldError(TextRules.lineProblem(parameter.getKey()) == null ? parameter.getKey() : "?", problem));
                }
            }
        }
    }
}
