package dev.stride.progress.volume;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code daily_volume}. */
record DailyVolumeRow(LocalDate day, UUID exerciseId, SetVolume volume) {
}
