package dev.stride.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stride.contracts.JsonFailures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of every endpoint as problem details; never a stack trace or a Java class name. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return response(e, uri);
    }

    /** {@code e} as the problem details of a request to {@code uri}: for mappers of other modules (access). */
    public static Response response(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(instance(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(URI.create("/problems/invalid-request"), "Invalid request", 400,
                errors.size() + " field(s) are invalid", instance(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e, UriInfo uri) {
        String field = JsonFailures.field(e);
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, JsonFailures.message(e)));
        String detail = field.isEmpty() ? "The body " + JsonFailures.message(e)
                : "The body cannot be read for this request at " + field;
        return respond(new Problem(URI.create("/problems/unreadable-body"), "Unreadable body", 400, detail,
                instance(uri), errors));
    }

    /** More specific than Quarkus REST's own mapper for this type, which would answer in plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Also where Quarkus REST's Jackson reader puts some of Jackson's failures: as the cause of a 400. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        return respond(HttpProblems.of(status, instance(uri)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getRequestUri().getRawPath(), e);
        return respond(new Problem(URI.create("about:blank"), "Internal Server Error", 500,
                "The request could not be completed; the error is logged.", instance(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The path as the caller sent it (still percent-encoded), so that any character a path may hold is fine. */
    private static URI instance(UriInfo uri) {
        try {
            return URI.create(uri.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code create.request.sets[2].reps} → {@code sets[2].reps}: drops the method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
