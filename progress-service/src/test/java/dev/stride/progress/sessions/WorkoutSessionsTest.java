package dev.stride.progress.sessions;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedExercise;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.progress.fixtures.PlanEvents;
import dev.stride.progress.history.Logged;
import dev.stride.testing.PinnedClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkoutSessionsTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";
    private static final String PLANK = "7a1d5c1e-0000-4000-8000-000000000002";

    @Test
    void groupsSetsBySessionIdElseByGapsOfMoreThanNinetyMinutes() {
        String athlete = "sessions-" + UUID.randomUUID();
        String named = UUID.randomUUID().toString();
        String inSession = ", \"sessionId\": \"" + named + "\"";
        Logged.sets(athlete, Logged.set("n1", SQUAT, "2026-11-02T18:00:00Z", 5, inSession),
                Logged.set("n2", PLANK, "2026-11-02T18:20:00Z", 3, inSession),
                Logged.set("n3", SQUAT, "2026-11-02T18:40:00Z", 5, inSession),
                Logged.set("g1", SQUAT, "2026-11-02T07:00:00Z", 4, ""), Logged.set("g2", SQUAT, "2026-11-02T08:30:00Z", 4, ""),
                Logged.set("g3", PLANK, "2026-11-02T10:00:01Z", 2, ""));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAthlete(athlete)
                .get("/athletes/{id}/sessions", athlete).then().statusCode(200)
                .body("sessions.sessionId", contains(named, "started-2026-11-02T10:00:01Z", "started-2026-11-02T07:00:00Z"))
                .body("sessions.groupedBy", contains("SESSION_ID", "TIME_GAP", "TIME_GAP"))
                .body("sessions[0].durationSeconds", equalTo(2400)).body("sessions[0].sets", equalTo(3))
                .body("sessions[0].volume.reps", equalTo(13)).body("sessions[0].volume.tonnageKg", equalTo(520))
                .body("sessions[0].exercises.exerciseId", contains(SQUAT, PLANK))
                .body("sessions[2].sets", equalTo(2)).body("sessions[2].durationSeconds", equalTo(5400)));
        asAthlete(athlete).get("/athletes/{id}/sessions/{s}", athlete, named).then().statusCode(200)
                .body("exercises[0].sets", equalTo(2)).body("exercises[0].performed.eventId", contains("n1", "n3"));
        asAthlete(athlete).get("/athletes/{id}/sessions/{s}", athlete, "started-2026-11-02T07:00:00Z").then().statusCode(200)
                .body("exercises[0].performed.eventId", contains("g1", "g2"));
        asAthlete(athlete).get("/athletes/{id}/sessions/{s}", athlete, "started-2026-11-02T08:30:00Z").then().statusCode(404);
        asAthlete(athlete).get("/athletes/{id}/sessions?limit=1", athlete).then().body("sessions.sessionId", contains(named));
    }

    @Test
    void linksASessionToThePlannedSessionItsSetsName() {
        String athlete = "sessions-plan-" + UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        UUID plannedSession = UUID.randomUUID();
        LocalDate day = PinnedClock.today().minusDays(1);
        PlannedExercise squat = new PlannedExercise(UUID.fromString(SQUAT), 1, "Squat", 3, 8, null, null, null, true, 60);
        PlanChanged plan = new PlanChanged(UUID.randomUUID(), PlanChange.CREATED, planId, 1, athlete, "UTC", day, 1, 1,
                List.of(new PlannedSession(plannedSession, 1, day, false, List.of(squat))), PinnedClock.now());
        PlanEvents.publish(plan);
        String naming = ", \"planId\": \"" + planId + "\", \"sessionId\": \"" + plannedSession + "\"";
        Logged.sets(athlete, Logged.set("p1", SQUAT, day + "T07:00:00Z", 8, naming));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAthlete(athlete)
                .get("/athletes/{id}/sessions/{s}", athlete, plannedSession).then().statusCode(200)
                .body("planned.planId", equalTo(planId.toString())).body("planned.week", equalTo(1))
                .body("planned.date", equalTo(day.toString())));
    }
}
