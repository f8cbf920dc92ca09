package dev.stride.catalog.exercise;

import java.util.List;

/**
 * One page of exercises in slug order, each as its stored JSON document (the published state);
 * {@code nextCursor} is absent on the last page.
 */
public record ExercisePage(List<String> documents, String nextCursor) {

    /** {@code {"items":[...],"nextCursor":"..."}}, written without parsing the documents again. */
    public String toJson() {
        StringBuilder json = new StringBuilder(documents.size() * 1600 + 64).append("{\"items\":[");
        for (int i = 0; i < documents.size(); i++) {
            json.append(i == 0 ? "" : ",").append(documents.get(i));
        }
        json.append(']');
        if (nextCursor != null) {
            json.append(",\"nextCursor\":\"").append(nextCursor).append('"');
        }
        return json.append('}').toString();
    }
}
