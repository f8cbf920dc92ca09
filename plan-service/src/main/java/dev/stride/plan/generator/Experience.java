package dev.stride.plan.generator;

import dev.stride.contracts.exercise.Difficulty;

/** How long the athlete has done strength work; decides the hardest exercises and where progression starts. */
public enum Experience {
    BEGINNER(0),
    INTERMEDIATE(1),
    ADVANCED(2);

    private final int startingStep;

    Experience(int startingStep) {
        this.startingStep = startingStep;
    }

    public int startingStep() {
        return startingStep;
    }

    public boolean allows(Difficulty difficulty) {
        return difficulty == null || difficulty.ordinal() <= ordinal();
    }
}
