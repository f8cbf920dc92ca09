package dev.stride.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.EventJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** REST bodies are read and written exactly as the events are: the same strict rules at every door. */
@Singleton
public class RestJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        EventJson.configure(mapper);
    }
}
