package dev.stride.progress.imports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names of the catalog's exercises and aliases, compared without case, accents, punctuation or
 * extra spaces ("Single-Leg Deadlift" = "single leg deadlift"). A name two exercises share maps
 * to neither: it is reported unmapped rather than guessed.
 */
final class ExerciseNames {
    private static final UUID AMBIGUOUS = new UUID(0, 0);
    private final Map<String, UUID> byName = new HashMap<>();

    ExerciseNames(Map<UUID, List<String>> namesAndAliases) {
        namesAndAliases.forEach((id, names) -> names.forEach(name ->
                byName.merge(normal(name), id, (one, other) -> one.equals(other) ? one : AMBIGUOUS)));
    }

    Optional<UUID> find(String name) {
        UUID id = byName.get(normal(name));
        return id == null || id.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(id);
    }

    /** The id an unmapped name is kept under: the same for the same name, apart from every catalog id. */
    static UUID unknown(String name) {
        return UUID.nameUUIDFromBytes(("stride unknown exercise\n" + normal(name)).getBytes(StandardCharsets.UTF_8));
    }

    static String normal(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
