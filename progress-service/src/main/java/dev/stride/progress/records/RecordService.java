package dev.stride.progress.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the maintained personal records of an athlete. */
@ApplicationScoped
public class RecordService {
    private static final String RECORDS = """
            SELECT athlete_id, exercise_id, kind, value, achieved_on, event_id FROM personal_record
            WHERE athlete_id = ? ORDER BY exercise_id, kind""";

    private final AgroalDataSource dataSource;

    RecordService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<PersonalRecord> records(String athleteId) {
        List<PersonalRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECORDS)) {
            statement.setString(1, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    records.add(PersonalRecord.read(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }
}
