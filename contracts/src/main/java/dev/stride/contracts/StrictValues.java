package dev.stride.contracts;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/** The readers behind {@link EventJson}'s strictness; each refusal is a {@link RefusedValue}. */
final class StrictValues {
    private StrictValues() {
    }

    /** A value that is JSON but not acceptable; its message is fit for a caller (no Java types). */
    static final class RefusedValue extends JsonMappingException {
        RefusedValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Text only from a JSON string, and only text that a database and a log can hold. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = TextRules.problem(text);
            if (problem != null) {
                throw new RefusedValue(p, problem);
            }
            return text;
        }
    }

    /** Numbers that are numbers: no NaN, no infinity (which is what {@code 1e400} becomes). */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {
        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Double) context.handleUnexpectedToken(Double.class, p);
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new RefusedValue(p, "must be a finite number");
            }
            return value;
        }
    }

    /** A date or time only as its ISO-8601 string: no epoch numbers, no arrays. */
    static final class IsoText<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;
        private final String expected;

        IsoText(Class<T> type, Function<String, T> parse, String expected) {
            super(type);
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValue(p, expected);
            }
            try {
                return parse.apply(p.getText());
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, expected);
            }
        }
    }
}
