package dev.stride.progress.athlete;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.stride.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Where and when an athlete is: the zone of their latest set, and today's date there. */
@ApplicationScoped
public class AthleteCalendar {
    private final AgroalDataSource dataSource;
    private final Clock clock;

    AthleteCalendar(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The athlete's zone and today; 404 for an athlete with no set yet. */
    public Today today(String athleteId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT time_zone FROM athlete WHERE athlete_id = ?")) {
            statement.setString(1, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound("Athlete", athleteId);
                }
                ZoneId zone = ZoneId.of(row.getString(1));
                return new Today(athleteId, zone, LocalDate.now(clock.withZone(zone)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An athlete's time zone and the local date of now there. */
    public record Today(String athleteId, ZoneId zone, LocalDate date) {
    }
}
