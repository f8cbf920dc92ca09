package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.messaging.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kafka door refuses what the HTTP door refuses: each hostile value of a completed set, in an
 * otherwise valid record, is dead-lettered with its reason and the field named, never stored and
 * never described with a Java type.
 */
class HostileSetRecordsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String VALID = "{\"eventId\":\"e1\",\"athleteId\":\"a1\",\"exerciseId\":\"7f1c0c52-5b2e-4f61-9a57-8c1b0e3f2a11\","
            + "\"completedAt\":\"2026-11-30T18:00:00+01:00\",\"timeZone\":\"Europe/Berlin\",\"reps\":5,\"loadKg\":60}";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "eventId       | `\"a\\u0000b\"`                          | schema-violation | eventId must not contain control characters",
            "eventId       | `\"a\\ud800b\"`                          | schema-violation | eventId must be valid Unicode",
            "eventId       | true                                     | schema-violation | eventId must be a string",
            "eventId       | 1e400                                    | schema-violation | eventId must be a string",
            "eventId       | `\"\"`                                   | schema-violation | eventId must be 1 to 128",
            "athleteId     | `\"a b\"`                                | schema-violation | athleteId must be 1 to 64",
            "reps          | 1.5                                      | schema-violation | reps must be an integer",
            "reps          | `\"5\"`                                  | schema-violation | reps must be an integer",
            "reps          | 99999999999                              | schema-violation | reps is out of range",
            "loadKg        | 1e400                                    | schema-violation | loadKg must be a finite number",
            "loadKg        | `\"60\"`                                 | schema-violation | loadKg must be a number",
            "completedAt   | -1                                       | schema-violation | completedAt must be an ISO-8601 date-time",
            "completedAt   | `\"12\"`                                 | schema-violation | completedAt must be an ISO-8601 date-time",
            "completedAt   | `\"2026-11-30T18:00:00\"`                | schema-violation | completedAt must be an ISO-8601 date-time",
            "completedAt   | `\"-999999999-01-01T00:00:00+18:00\"`    | out-of-range     | completedAt must not be more than 10 years in the past",
            "completedAt   | `\"2026-12-03T12:00:00Z\"`               | time-in-future   | completedAt must not be more than a day in the future",
            "timeZone      | -1                                       | schema-violation | timeZone must be a string",
            "timeZone      | `\"Mars/Olympus\"`                       | unknown-time-zone| timeZone unknown time zone 'Mars/Olympus'",
            "side          | `\"LEFTISH\"`                            | schema-violation | side must be one of [LEFT, RIGHT, BOTH]",
            "side          | 0                                        | schema-violation | side must be one of [LEFT, RIGHT, BOTH]",
            "exerciseId    | `\"squat\"`                              | schema-violation | exerciseId must be a UUID, not 'squat'",
            "exerciseId    | `{}`                                     | schema-violation | exerciseId must be a UUID",
    })
    void aHostileFieldIsDeadLetteredWithItsReasonAndTheFieldNamed(String field, String json, String reason, String detail) {
        DeadLetter letter = onlyLetter(VALID.replaceFirst("\\{", Matcher.quoteReplacement("{\"" + field + "\":" + json + ","))
                .replaceFirst(",\"" + field + "\":[^,}]*(?=[,}])", ""));
        assertEquals(reason, letter.reason(), letter.detail());
        assertTrue(letter.detail().contains(detail), letter.detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key       | {\"eventId\":\"e1\",\"eventId\":\"e2\"}",
            "NaN                 | {\"eventId\":\"e1\",\"loadKg\":NaN}",
            "trailing garbage    | {\"eventId\":\"e1\"} {}",
            "not an object       | [1,2,3]",
    })
    void aMalformedDocumentIsDeadLettered(String what, String json) {
        DeadLetter letter = onlyLetter(json);
        assertTrue(List.of(DecodedBatch.NOT_JSON, Violation.SCHEMA).contains(letter.reason()), what + ": " + letter.reason());
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8AndDeepNestingAreDeadLetteredAsUnreadable() {
        byte[] invalidUtf8 = VALID.replace("e1", "e\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(DecodedBatch.NOT_JSON, onlyLetter(invalidUtf8).reason());
        String deep = "{\"eventId\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertFalse(onlyLetter(deep).detail().isEmpty());
    }

    private static DeadLetter onlyLetter(String json) {
        return onlyLetter(json.getBytes(StandardCharsets.UTF_8));
    }

    private static DeadLetter onlyLetter(byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.COMPLETED_SETS, 0, 0, "a1", value);
        record.headers().add(CloudEventHeaders.TYPE, SetCompleted.TYPE.getBytes(StandardCharsets.UTF_8));
        DecodedBatch batch = DecodedBatch.of(List.of(record), NOW);
        assertEquals(0, batch.size(), "nothing is accepted");
        assertEquals(1, batch.rejected().size());
        DeadLetter letter = batch.rejected().get(0);
        assertFalse(letter.detail().matches("(?s).*(java\\.|dev\\.stride|com\\.fasterxml|`|Exception).*"), letter.detail());
        return letter;
    }
}
