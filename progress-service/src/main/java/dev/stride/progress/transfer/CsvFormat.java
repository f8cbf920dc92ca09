package dev.stride.progress.transfer;

/** The column shapes of the exports that {@link ForeignCsvReader} recognises by their header. */
public enum CsvFormat {
    /** Strong's current export: comma-separated, weight and distance in the athlete's units, no unit columns. */
    STRONG,
    /** Strong's older export: usually semicolon-separated, with {@code Weight Unit} and {@code Distance Unit} columns. */
    STRONG_SEMICOLON,
    /** Hevy's export: {@code weight_kg} (or {@code weight_lbs}), {@code set_index} counted from 0. */
    HEVY
}
