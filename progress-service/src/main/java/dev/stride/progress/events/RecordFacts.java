package dev.stride.progress.events;

import java.time.Instant;
import java.util.List;

import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.RecordKind;
import dev.stride.progress.records.PersonalRecord;

/** The fact that a set raised a personal record, keyed so that a replay publishes it once. */
public final class RecordFacts {
    private RecordFacts() {
    }

    public static List<FactLog.Fact> of(List<PersonalRecord> raised, Instant now) {
        return raised.stream().map(r -> fact(r, now)).toList();
    }

    private static FactLog.Fact fact(PersonalRecord record, Instant now) {
        String key = "record:" + record.athleteId() + ":" + record.exerciseId() + ":" + record.kind() + ":"
                + record.value().toPlainString() + ":" + record.eventId();
        PersonalRecordSet event = new PersonalRecordSet(FactLog.eventId(key), record.athleteId(), record.exerciseId(),
                RecordKind.valueOf(record.kind().name()), record.value(), record.achievedOn(), record.eventId(), now);
        return new FactLog.Fact(key, record.athleteId(), PersonalRecordSet.TYPE, now, event);
    }
}
