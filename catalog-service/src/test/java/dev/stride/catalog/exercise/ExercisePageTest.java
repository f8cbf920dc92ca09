package dev.stride.catalog.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExercisePageTest {

    @Test
    void writesTheDocumentsAsItemsAndTheCursorOnlyWhenThereIsMore() {
        assertEquals("{\"items\":[{\"a\":1},{\"b\":2}],\"nextCursor\":\"Yg\"}",
                new ExercisePage(List.of("{\"a\":1}", "{\"b\":2}"), "Yg").toJson());
        assertEquals("{\"items\":[]}", new ExercisePage(List.of(), null).toJson());
    }
}
