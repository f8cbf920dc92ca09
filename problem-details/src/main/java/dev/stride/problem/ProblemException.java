package dev.stride.problem;

import java.net.URI;
import java.util.List;

/**
 * An error the domain wants the caller to see as-is: thrown from services, turned into problem
 * details by {@link ProblemMappers}. {@code type} is a short kebab-case slug such as
 * {@code slug-taken}; it is published as {@code /problems/slug-taken}.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "Conflict", detail);
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, errors);
    }

    public int status() {
        return status;
    }

    Problem toProblem(URI instance) {
        return new Problem(URI.create("/problems/" + type), title, status, getMessage(), instance, errors);
    }
}
