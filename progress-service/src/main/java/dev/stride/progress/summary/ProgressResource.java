package dev.stride.progress.summary;

import java.util.List;
import java.util.UUID;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.adherence.AdherenceService;
import dev.stride.progress.adherence.AdherenceView;
import dev.stride.progress.athlete.AthleteCalendar;
import dev.stride.progress.records.PersonalRecord;
import dev.stride.progress.records.RecordService;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.progress.streak.StreakService;
import dev.stride.progress.streak.StreaksView;
import dev.stride.progress.volume.VolumeQuery;
import dev.stride.progress.volume.VolumeService;
import dev.stride.progress.volume.VolumeView;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The read side: streaks, volume, records, adherence and the summary of one athlete, for them, their apps and the platform. */
@Path("/athletes/{athleteId}")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(ProgressAccess.READ_PROGRESS)
@SecurityRequirement(name = "stride", scopes = ProgressAccess.PROGRESS_READ_SCOPE)
public class ProgressResource {
    private final AthleteCalendar calendar;
    private final StreakService streaks;
    private final VolumeService volume;
    private final RecordService records;
    private final AdherenceService adherence;
    private final SummaryService summary;

    ProgressResource(AthleteCalendar calendar, StreakService streaks, VolumeService volume, RecordService records,
                     AdherenceService adherence, SummaryService summary) {
        this.calendar = calendar;
        this.streaks = streaks;
        this.volume = volume;
        this.records = records;
        this.adherence = adherence;
        this.summary = summary;
    }

    @GET
    @Path("/streaks")
    public StreaksView streaks(@PathParam("athleteId") String athleteId) {
        AthleteCalendar.Today today = calendar.today(AthleteIds.checkedPath(athleteId));
        return StreaksView.of(today, streaks.streaks(today));
    }

    @GET
    @Path("/volume")
    public VolumeView volume(@PathParam("athleteId") String athleteId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("bucket") String bucket, @QueryParam("by") String by) {
        VolumeQuery query = VolumeQuery.parse(from, to, bucket, by, calendar.today(AthleteIds.checkedPath(athleteId)).date());
        return volume.volume(athleteId, query.from(), query.to(), query.bucket(), query.by());
    }

    @GET
    @Path("/records")
    public RecordsView records(@PathParam("athleteId") String athleteId) {
        calendar.today(AthleteIds.checkedPath(athleteId));
        return new RecordsView(athleteId, records.records(athleteId));
    }

    @GET
    @Path("/adherence")
    public AdherenceView adherence(@PathParam("athleteId") String athleteId, @QueryParam("planId") String planId) {
        return adherence.adherence(AthleteIds.checkedPath(athleteId), planId(planId));
    }

    @GET
    @Path("/summary")
    public SummaryView summary(@PathParam("athleteId") String athleteId) {
        return summary.summary(AthleteIds.checkedPath(athleteId));
    }

    /** {@code GET /athletes/{id}/records}. */
    public record RecordsView(String athleteId, List<PersonalRecord> records) {
    }

    private static UUID planId(String planId) {
        try {
            return UUID.fromString(String.valueOf(planId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Invalid query parameter planId",
                    List.of(new Problem.FieldError("planId", "must be a plan id (UUID)")));
        }
    }
}
