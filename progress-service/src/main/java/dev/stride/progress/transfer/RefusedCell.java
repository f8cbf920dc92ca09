package dev.stride.progress.transfer;

/** A cell of a row could not be read; the message names the column and says what was wrong. */
final class RefusedCell extends Exception {

    RefusedCell(String reason) {
        super(reason, null, false, false);
    }
}
