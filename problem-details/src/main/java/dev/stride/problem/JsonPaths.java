package dev.stride.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Renders a Jackson reference chain as a field path: {@code sets[2].reps}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
