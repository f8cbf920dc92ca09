package dev.stride.plan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.stride.contracts.EventJson;
import dev.stride.plan.generator.ScheduledSession;

/** A plan's request and schedule as read from, and written to, its JSON columns. */
public record StoredPlan(Plan plan, PlanRequest request, List<ScheduledSession> schedule) {
    private static final TypeReference<List<ScheduledSession>> SCHEDULE = new TypeReference<>() {
    };

    public static StoredPlan of(Plan plan) {
        try {
            return new StoredPlan(plan, EventJson.stored().readValue(plan.request, PlanRequest.class),
                    EventJson.stored().readValue(plan.schedule, SCHEDULE));
        } catch (IOException e) {
            throw new UncheckedIOException("Plan " + plan.id + " is not readable", e);
        }
    }

    public static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
