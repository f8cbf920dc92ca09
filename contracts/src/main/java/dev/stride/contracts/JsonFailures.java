package dev.stride.contracts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A failure to read JSON, told in the caller's terms: the field's path ({@code sets[2].reps}) and
 * what was expected there ("must be an integer"). Never a Java type, a package or a Jackson
 * feature name, whatever Jackson's own message says.
 */
public final class JsonFailures {
    private JsonFailures() {
    }

    /** The path of the offending field, or an empty string for the whole document. */
    public static String field(JacksonException failure) {
        if (!(failure instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** What is wrong, without the field's path. */
    public static String message(JacksonException failure) {
        if (failure instanceof JsonMappingException && failure.getCause() instanceof JacksonException cause && cause != failure) {
            return message(cause);
        }
        if (failure instanceof StrictValues.RefusedValue refused) {
            return refused.getOriginalMessage();
        }
        if (failure instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "must be one of " + List.of(format.getTargetType().getEnumConstants());
        }
        if (failure instanceof InvalidNullException) {
            return "must not be null";
        }
        if (failure instanceof InvalidFormatException format && format.getValue() instanceof String text) {
            return expected(format.getTargetType()) + ", not " + TextRules.quoted(text);
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        if (failure instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return "is out of range for " + expected(coercion.getTargetType()).replaceFirst("^must be ", "");
        }
        if (failure instanceof StreamConstraintsException) {
            return "is too large or too deeply nested";
        }
        if (failure instanceof StreamReadException read) {
            return "is not valid JSON" + at(read.getLocation()) + ": " + plain(read.getOriginalMessage());
        }
        return "cannot be read";
    }

    /** {@code field message}, or the message alone for the whole document. */
    public static String describe(JacksonException failure) {
        String field = field(failure);
        return (field.isEmpty() ? "the document" : field) + " " + message(failure);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == Integer.TYPE || type == Long.class || type == Long.TYPE
                || type == Short.class || type == Short.TYPE) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == Double.TYPE || type == Float.TYPE) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == Boolean.TYPE) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + List.of(type.getEnumConstants());
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == OffsetDateTime.class || type == LocalDate.class || type == LocalTime.class) {
            return "must be an ISO-8601 string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's parse messages, with the hints that name its classes and features cut off. */
    private static String plain(String message) {
        if (message == null) {
            return "unexpected input";
        }
        String first = message.lines().findFirst().orElse("");
        int hint = first.indexOf(": enable ");
        String cut = hint < 0 ? first : first.substring(0, hint);
        return cut.replaceAll("`[^`]*`", "").replaceAll("\\s+\\(for [^)]*\\)", "").trim();
    }
}
