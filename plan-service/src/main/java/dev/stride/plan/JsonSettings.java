package dev.stride.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.EventJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The HTTP API writes dates and plans exactly as the events do. */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        EventJson.configure(mapper);
    }
}
