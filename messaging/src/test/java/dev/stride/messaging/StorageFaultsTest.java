package dev.stride.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageFaultsTest {

    @ParameterizedTest(name = "SQLSTATE {0} is the record's fault: {1}")
    @CsvSource({
            "22021, true",   // invalid byte sequence for encoding (the NUL that once stopped ingestion)
            "22P05, true",   // untranslatable character
            "22003, true",   // numeric value out of range
            "23514, true",   // check constraint
            "23505, true",   // unique violation
            "08006, false",  // connection failure
            "40P01, false",  // deadlock
            "40001, false",  // serialization failure
            "42P01, false",  // undefined table: a broken deployment, not a bad record
            "57P01, false",  // the server is shutting down
    })
    void tellsTheRecordsFaultFromTheSystems(String state, boolean recordsFault) {
        Exception wrapped = new IllegalStateException("rolled back", new SQLException("ERROR: something\n  Detail: row", state));
        assertEquals(recordsFault, StorageFaults.causedByRecord(wrapped));
    }

    @Test
    void aFailureWithoutASqlStateIsTheSystems() {
        assertEquals(false, StorageFaults.causedByRecord(new SQLException("no state")));
        assertEquals(false, StorageFaults.causedByRecord(new IllegalStateException("acquisition timeout")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ERROR: new row for relation \"completed_set\" violates check constraint \"x\"\\n  Detail: Failing row contains (secret) | new row for relation \"completed_set\" violates check constraint \"x\" (SQLSTATE 23514)",
    })
    void theReasonIsTheDatabasesFirstLineWithoutTheRow(String message, String reason) {
        SQLException refused = new SQLException(message.replace("\\n", "\n"), "23514");
        assertEquals(reason, StorageFaults.reason(new RuntimeException(refused)));
    }
}
