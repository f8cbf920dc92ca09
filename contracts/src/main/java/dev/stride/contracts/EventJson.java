package dev.stride.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of every contract and every REST body: ISO-8601 dates, no nulls written,
 * unknown fields ignored (a consumer ignores what it does not know). Reading is strict, the same
 * at every door: integers only from JSON integers, text only from JSON strings, enums only by
 * name, times only as ISO-8601 strings, numbers finite, text free of control characters, no
 * null inside a list, no duplicate keys and nothing after the value. {@link JsonFailures} says what went wrong without
 * naming a Java type.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());
    private static final ObjectMapper STORED = contractFormat(new ObjectMapper());

    private EventJson() {
    }

    /** Reads what comes in at a door, strictly; writes every contract. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads back what a service stored itself, in the same format but without the strict rules,
     * so that rows written before a rule existed stay readable.
     */
    public static ObjectMapper stored() {
        return STORED;
    }

    private static final long MAX_DOCUMENT_BYTES = 4L * 1024 * 1024;

    /** Applies the contract settings to a mapper owned by someone else (for example Quarkus'). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        contractFormat(mapper).registerModule(strictValues())
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // No event or request is near this; a body streamed without a length is capped here, not only by HTTP's limit
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_BYTES).build());
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        return mapper;
    }

    private static ObjectMapper contractFormat(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Registered after the Java time module, so these win over its lenient readers. */
    private static SimpleModule strictValues() {
        return new SimpleModule("stride-strict-values")
                .addDeserializer(String.class, new StrictValues.Text())
                .addDeserializer(Double.class, new StrictValues.FiniteDouble())
                .addDeserializer(Double.TYPE, new StrictValues.FiniteDouble())
                .addDeserializer(OffsetDateTime.class, new StrictValues.IsoText<>(OffsetDateTime.class,
                        s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        "must be an ISO-8601 date-time with an offset, like 2026-03-02T18:00:00+01:00"))
                .addDeserializer(Instant.class, new StrictValues.IsoText<>(Instant.class,
                        s -> Instant.from(DateTimeFormatter.ISO_INSTANT.parse(s)), "must be an ISO-8601 instant, like 2026-03-02T17:00:00Z"))
                .addDeserializer(LocalDate.class, new StrictValues.IsoText<>(LocalDate.class,
                        s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE), "must be a date like 2026-03-02"))
                .addDeserializer(LocalTime.class, new StrictValues.IsoText<>(LocalTime.class,
                        s -> LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME), "must be a time like 18:00"));
    }
}
