package dev.stride.catalog.exercise;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.UUID;

/** How exercises are named: slugs made from names, ids derived from slugs, ids told apart from slugs. */
public final class ExerciseIds {
    private static final int MAX_SLUG = 80;

    private ExerciseIds() {
    }

    /** A deterministic id for a slug, so that seeding twice (or on two instances) gives the same exercise. */
    public static UUID fromSlug(String slug) {
        return UUID.nameUUIDFromBytes(("stride/exercise/" + slug).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code "Lower-Body Twist (Russian)"} → {@code "lower-body-twist-russian"}; empty when nothing is left. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-$", "");
        }
        return slug;
    }

    static Optional<UUID> parseId(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
