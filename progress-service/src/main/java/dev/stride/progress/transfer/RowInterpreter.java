package dev.stride.progress.transfer;

/** Reads the cells of one data row of a known format as a set. */
interface RowInterpreter {

    ForeignSet interpret(Cells cells) throws RefusedCell;
}
