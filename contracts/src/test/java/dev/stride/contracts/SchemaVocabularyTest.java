package dev.stride.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.StreakBroken;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.progress.WeekRevised;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each schema names every field of its record, and offers exactly the values of each Java enum. */
class SchemaVocabularyTest {

    static Stream<Class<? extends Record>> contracts() {
        return Stream.of(AthleteErased.class, AthleteErasureConfirmed.class, AthleteConnected.class, AthleteDisconnected.class,
                ExercisePublished.class, PlanChanged.class, SetCompleted.class, SetVoided.class,
                StreakExtended.class, StreakBroken.class, PersonalRecordSet.class, WeekClosed.class, WeekRevised.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void schemaAgreesWithRecord(Class<? extends Record> contract) throws Exception {
        JsonNode properties = schemaOf(contract).path("properties");
        for (RecordComponent component : contract.getRecordComponents()) {
            JsonNode property = properties.path(component.getName());
            assertFalse(property.isMissingNode(), contract.getSimpleName() + " schema lacks " + component.getName());
            Class<?> enumType = enumTypeOf(component.getGenericType());
            if (enumType != null) {
                JsonNode values = property.has("items") ? property.path("items").path("enum") : property.path("enum");
                assertEquals(namesOf(enumType), textsOf(values), contract.getSimpleName() + "." + component.getName());
            }
        }
    }

    private static Class<?> enumTypeOf(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isEnum() ? plain : null;
        }
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item.isEnum() ? item : null;
        }
        return null;
    }

    private static Set<String> namesOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                .collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static Set<String> textsOf(JsonNode values) {
        Set<String> texts = new TreeSet<>();
        values.forEach(value -> {
            if (!value.isNull()) {
                texts.add(value.asText());
            }
        });
        return texts;
    }

    private static JsonNode schemaOf(Class<? extends Record> contract) throws ReflectiveOperationException, IOException {
        String resource = (String) contract.getField("SCHEMA").get(null);
        try (InputStream in = contract.getClassLoader().getResourceAsStream(resource)) {
            return EventJson.mapper().readTree(in);
        }
    }
}
