package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToIntFunction;

/**
 * The first {@code k} items by a score, highest first, ties in list order, without sorting a large
 * catalog whole. A score of {@link #LEFT_OUT} leaves the item out.
 */
final class TopK {
    static final int LEFT_OUT = Integer.MIN_VALUE;

    private TopK() {
    }

    static <T> List<T> highest(List<T> items, ToIntFunction<T> score, int k) {
        record Scored<T>(T item, int score, int index) {
        }
        Comparator<Scored<T>> best = Comparator.comparingInt((Scored<T> s) -> s.score()).reversed().thenComparingInt(Scored::index);
        PriorityQueue<Scored<T>> worstFirst = new PriorityQueue<>(best.reversed());
        for (int i = 0; i < items.size(); i++) {
            int scored = score.applyAsInt(items.get(i));
            if (scored == LEFT_OUT) {
                continue;
            }
            worstFirst.add(new Scored<>(items.get(i), scored, i));
            if (worstFirst.size() > k) {
                worstFirst.poll();
            }
        }
        List<Scored<T>> kept = new ArrayList<>(worstFirst);
        kept.sort(best);
        return kept.stream().map(Scored::item).toList();
    }
}
