package dev.stride.progress.sets;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.athlete.AthleteIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The HTTP and webhook doors: checks sets (one or up to 500) with the same rules as the Kafka
 * consumer and publishes them to {@code completed-sets}, returning once the broker acknowledged.
 * Nothing is published unless every set of the request is valid.
 */
@ApplicationScoped
public class SetSubmission {
    public static final int MAX_SETS = 500;
    private static final ObjectMapper JSON = EventJson.mapper();

    private final BrokerWriter writer;
    private final Clock clock;

    SetSubmission(BrokerWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /** What was published. */
    public record Accepted(int accepted, List<String> eventIds) {
    }

    /**
     * Where sets come from: the CloudEvents {@code source}, the path of the sets in the request body
     * ({@code ""}, or {@code "data"} in a webhook), so that errors name fields as the caller sent
     * them, and the event id of the set at an index that names none (null: the id is required).
     */
    public record Origin(String source, String root, IntFunction<String> defaultEventId) {
        String at(JsonNode body, int index) {
            return root + (body.isArray() ? "[" + index + "]" : "");
        }
    }

    /** {@code athleteId} (from the path, or null) fills sets that name none and must match those that do. */
    public Accepted submitSets(JsonNode body, String athleteId, Origin origin) {
        if (athleteId != null) {
            AthleteIds.checkedPath(athleteId);
        }
        List<JsonNode> items = items(body, origin.root());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<SetCompleted> sets = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            String at = origin.at(body, i);
            String prefix = at.isEmpty() ? "" : at + ".";
            SetCompleted set = read(items.get(i), athleteId,
                    origin.defaultEventId() == null ? null : origin.defaultEventId().apply(i), prefix, errors);
            if (set != null) {
                SetRules.check(set, now).forEach(v -> errors.add(new Problem.FieldError(prefix + v.field(), v.message())));
                sets.add(set);
            }
        }
        refuseIfAny(errors);
        publish(sets.stream().map(s -> record(s.athleteId(), s.eventId(), SetCompleted.TYPE, origin.source(), s)).toList());
        return new Accepted(sets.size(), sets.stream().map(SetCompleted::eventId).toList());
    }

    public Accepted submitVoid(JsonNode body, Origin origin) {
        ObjectNode node = object(body, origin.root());
        if (!node.hasNonNull("eventId") && origin.defaultEventId() != null) {
            node.put("eventId", origin.defaultEventId().apply(0));
        }
        String prefix = origin.root().isEmpty() ? "" : origin.root() + ".";
        List<Problem.FieldError> errors = new ArrayList<>();
        SetVoided voided = convert(node, SetVoided.class, prefix, errors);
        refuseIfAny(errors);
        SetRules.check(voided, clock.instant()).forEach(v -> errors.add(new Problem.FieldError(prefix + v.field(), v.message())));
        refuseIfAny(errors);
        publish(List.of(record(voided.athleteId(), voided.eventId(), SetVoided.TYPE, origin.source(), voided)));
        return new Accepted(1, List.of(voided.eventId()));
    }

    /**
     * Voids a stored set: the void's event id derives from the set's, so voiding twice publishes
     * the same void, which counts once.
     */
    public Accepted voidSet(String eventId, String athleteId, String source) {
        String voidId = "void-" + UUID.nameUUIDFromBytes((athleteId + '\n' + eventId).getBytes(StandardCharsets.UTF_8));
        SetVoided voided = new SetVoided(voidId, athleteId, eventId, clock.instant().atOffset(ZoneOffset.UTC), source);
        publish(List.of(record(athleteId, voidId, SetVoided.TYPE, source, voided)));
        return new Accepted(1, List.of(voidId));
    }

    /** Publishes sets already checked by {@link SetRules} (an import's), all or none acknowledged. */
    public void publishChecked(List<SetCompleted> sets, String source) throws BrokerWriter.NotAcknowledged {
        writer.sendAll(sets.stream().map(s -> record(s.athleteId(), s.eventId(), SetCompleted.TYPE, source, s)).toList());
    }

    private static List<JsonNode> items(JsonNode body, String root) {
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else if (body != null) {
            items.add(body);
        }
        if (items.isEmpty() || items.size() > MAX_SETS) {
            throw ProblemException.badRequest("Send one set or an array of 1 to " + MAX_SETS + " sets",
                    List.of(new Problem.FieldError(root.isEmpty() ? "$" : root, "must be one set or an array of 1 to " + MAX_SETS)));
        }
        return items;
    }

    private static SetCompleted read(JsonNode item, String athleteId, String defaultEventId, String prefix,
                                     List<Problem.FieldError> errors) {
        if (!item.isObject()) {
            errors.add(new Problem.FieldError(wholeItem(prefix), "must be an object"));
            return null;
        }
        ObjectNode node = ((ObjectNode) item).deepCopy();
        if (athleteId != null && !node.hasNonNull("athleteId")) {
            node.put("athleteId", athleteId);
        } else if (athleteId != null && !(node.get("athleteId").isTextual() && athleteId.equals(node.get("athleteId").asText()))) {
            errors.add(new Problem.FieldError(prefix + "athleteId", "must be the athlete of the path"));
        }
        if (defaultEventId != null && !node.hasNonNull("eventId")) {
            node.put("eventId", defaultEventId);
        }
        return convert(node, SetCompleted.class, prefix, errors);
    }

    private static <T> T convert(ObjectNode node, Class<T> type, String prefix, List<Problem.FieldError> errors) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            String field = JsonFailures.field(e);
            errors.add(new Problem.FieldError(field.isEmpty() ? wholeItem(prefix) : prefix + field, JsonFailures.message(e)));
            return null;
        }
    }

    private static String wholeItem(String prefix) {
        return prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1);
    }

    private static ObjectNode object(JsonNode body, String root) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("Send one object",
                    List.of(new Problem.FieldError(root.isEmpty() ? "$" : root, "must be an object")));
        }
        return ((ObjectNode) body).deepCopy();
    }

    private static void refuseIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " invalid field(s); nothing was accepted", errors);
        }
    }

    private void publish(List<ProducerRecord<String, byte[]>> records) {
        try {
            writer.sendAll(records);
        } catch (BrokerWriter.NotAcknowledged e) {
            throw new ProblemException(503, "broker-unavailable", "Service unavailable",
                    "The sets could not be stored now; nothing was accepted, retry later");
        }
    }

    private ProducerRecord<String, byte[]> record(String athleteId, String eventId, String type, String source,
                                                  Object event) {
        try {
            return new ProducerRecord<>(Topics.COMPLETED_SETS, null, athleteId, JSON.writeValueAsBytes(event),
                    CloudEventHeaders.of(eventId, type, source, clock.instant()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
