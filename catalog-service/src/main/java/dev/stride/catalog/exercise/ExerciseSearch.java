package dev.stride.catalog.exercise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Finds a page of exercises by filters, in slug order (stable: slugs are unique), by keyset. It reads
 * the stored documents rather than entities: no JSON columns to parse and write again per request.
 */
@ApplicationScoped
public class ExerciseSearch {
    private final EntityManager entityManager;

    ExerciseSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ExercisePage findPage(ExerciseQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = "select slug, document from exercise where true" + conditions(query, parameters)
                + " order by slug limit :limit";
        parameters.put("limit", query.limit() + 1);
        Query select = entityManager.createNativeQuery(sql, Object[].class);
        parameters.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.getResultList();
        boolean more = found.size() > query.limit();
        List<Object[]> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? ExerciseQuery.cursorAfter((String) page.get(page.size() - 1)[0]) : null;
        return new ExercisePage(page.stream().map(row -> (String) row[1]).toList(), next);
    }

    private static String conditions(ExerciseQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.muscle() != null) {
            where.append(" and (primary_muscles @> cast(:muscle as jsonb) or secondary_muscles @> cast(:muscle as jsonb))");
            parameters.put("muscle", "[\"" + query.muscle().name() + "\"]");
        }
        if (query.equipment() != null) {
            where.append(" and equipment @> cast(:equipment as jsonb)");
            parameters.put("equipment", "[\"" + query.equipment().name() + "\"]");
        }
        if (query.category() != null) {
            where.append(" and category = :category");
            parameters.put("category", query.category().name());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.text() != null) {
            where.append(" and search_text like :text");
            String literal = query.text().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1");
            parameters.put("text", "%" + literal + "%");
        }
        if (query.afterSlug() != null) {
            where.append(" and slug > :after");
            parameters.put("after", query.afterSlug());
        }
        return where.toString();
    }
}
