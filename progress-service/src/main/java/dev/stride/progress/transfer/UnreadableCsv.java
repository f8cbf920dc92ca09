package dev.stride.progress.transfer;

/** Thrown when the file is not one of the formats (unknown header, not text): the message says what was expected. */
public class UnreadableCsv extends Exception {

    public UnreadableCsv(String message) {
        super(message);
    }
}
