package dev.stride.catalog.exercise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.problem.Problem.FieldError;
import dev.stride.problem.ProblemException;

/**
 * A page request of {@code GET /exercises}: optional filters (a null filter matches everything),
 * the slug after which the page starts (from the opaque cursor), and the page size.
 */
public record ExerciseQuery(Muscle muscle, Category category, Equipment equipment, ExerciseStatus status,
                            String text, String afterSlug, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Reads the query parameters; every invalid one is named in a single 400. */
    public static ExerciseQuery parse(String muscle, String category, String equipment, String status,
                                      String q, String cursor, String limit) {
        List<FieldError> errors = new ArrayList<>();
        ExerciseQuery query = new ExerciseQuery(
                term(errors, "muscle", Muscle.class, muscle),
                term(errors, "category", Category.class, category),
                term(errors, "equipment", Equipment.class, equipment),
                term(errors, "status", ExerciseStatus.class, status),
                q == null || q.isBlank() ? null : q.strip(),
                afterSlug(errors, cursor),
                limit(errors, limit));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " query parameter(s) are invalid", errors);
        }
        return query;
    }

    /** The cursor of the page that follows one ending with {@code lastSlug}. */
    public static String cursorAfter(String lastSlug) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastSlug.getBytes(StandardCharsets.UTF_8));
    }

    private static <E extends Enum<E>> E term(List<FieldError> errors, String field, Class<E> vocabulary, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(vocabulary, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "must be one of " + List.of(vocabulary.getEnumConstants())));
            return null;
        }
    }

    private static String afterSlug(List<FieldError> errors, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String slug = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (slug.matches(SLUG)) {
                return slug;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below like any other cursor that this service did not hand out
        }
        errors.add(new FieldError("cursor", "must be a nextCursor returned by this endpoint"));
        return null;
    }

    private static int limit(List<FieldError> errors, String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        if (limit.strip().matches("[0-9]{1,9}")) {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }
}
