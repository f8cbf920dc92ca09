package dev.stride.progress.summary;

import java.util.List;

import dev.stride.progress.athlete.AthleteCalendar;
import dev.stride.progress.records.RecordService;
import dev.stride.progress.streak.StreakService;
import dev.stride.progress.streak.StreaksView;
import dev.stride.progress.volume.VolumeItem;
import dev.stride.progress.volume.VolumeQuery;
import dev.stride.progress.volume.VolumeService;
import dev.stride.progress.volume.VolumeView;
import jakarta.enterprise.context.ApplicationScoped;

/** Everything about an athlete at a glance, all read from maintained tables. */
@ApplicationScoped
public class SummaryService {
    private final AthleteCalendar calendar;
    private final StreakService streaks;
    private final VolumeService volume;
    private final RecordService records;

    SummaryService(AthleteCalendar calendar, StreakService streaks, VolumeService volume, RecordService records) {
        this.calendar = calendar;
        this.streaks = streaks;
        this.volume = volume;
        this.records = records;
    }

    public SummaryView summary(String athleteId) {
        AthleteCalendar.Today today = calendar.today(athleteId);
        VolumeView week = volume.volume(athleteId, today.date(), today.date(), VolumeQuery.Bucket.WEEK, VolumeQuery.By.EXERCISE);
        VolumeView.Bucket thisWeek = week.buckets().isEmpty()
                ? new VolumeView.Bucket(week.from(), week.to(), null, VolumeItem.none(), List.of())
                : week.buckets().get(0);
        return new SummaryView(athleteId, today.zone().getId(), today.date(),
                StreaksView.of(today, streaks.streaks(today)), thisWeek, volume.totals(athleteId), records.records(athleteId));
    }
}
