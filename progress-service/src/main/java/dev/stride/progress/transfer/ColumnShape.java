package dev.stride.progress.transfer;

import java.util.List;

/** One app's columns: the header, and the cells of a set in that order. */
interface ColumnShape {

    List<String> header();

    /** The set's cells, text already guarded against formulas; null for a blank cell. */
    List<String> cells(ForeignSet set);
}
