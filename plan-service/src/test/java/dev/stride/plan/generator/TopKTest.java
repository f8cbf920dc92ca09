package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void keepsTheHighestScoresTiesInListOrderAndLeavesOutWhatIsLeftOut() {
        List<String> items = List.of("a", "b", "c", "d", "e");
        List<Integer> scores = List.of(1, 5, TopK.LEFT_OUT, 5, 3);
        assertEquals(List.of("b", "d", "e"), TopK.highest(items, s -> scores.get(items.indexOf(s)), 3));
        assertEquals(List.of("b", "d", "e", "a"), TopK.highest(items, s -> scores.get(items.indexOf(s)), 10));
    }
}
