package dev.stride.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.Topics;
import dev.stride.contracts.webhooks.WebhookSignature;
import dev.stride.progress.paging.PageCursor;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.testing.Tokens;
import dev.stride.testing.hostile.Door;
import dev.stride.testing.hostile.HostileInputTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Every operation of progress-service, tried with hostile input (see {@link HostileInputTest}):
 * nothing reaches {@code completed-sets}, no webhook delivery is remembered and no connection changes.
 */
@QuarkusTest
class HostileProgressInputTest extends HostileInputTest {
    private static final WebhookSignature TEST_APP = new WebhookSignature("whsec_c3RyaWRlLXRlc3Qtd2ViaG9vay1zZWNyZXQtMDEyMzQ1");
    private static final String ATHLETE = "hostile-" + UUID.randomUUID();
    private static final String CONNECTION = "{\"userId\":\"hostile-user-" + UUID.randomUUID() + "\"}";
    private static final String SET = """
            {"eventId":"%s","athleteId":"%s","exerciseId":"7f1c0c52-5b2e-4f61-9a57-8c1b0e3f2a11","completedAt":"%s",
             "timeZone":"Europe/Berlin","reps":5,"loadKg":60.5,"side":"LEFT","rpe":8.5,"setNumber":1,"source":"test"}""";

    /** A file with no rows: accepted, and nothing to publish. */
    private static final String STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    /** A cursor as the service gives it: the first page after 2026-03-08. */
    private static final String FIRST_PAGE = PageCursor.encode("sets", "2026-03-08T00:00:00Z", "z");

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected List<Door> doors() {
        String at = PinnedClock.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String set = SET.formatted("hostile-" + UUID.randomUUID(), ATHLETE, at);
        String webhook = "{\"type\":\"set.completed\",\"timestamp\":\"" + at + "\",\"data\":" + set + "}";
        // The platform may act for any athlete, so that a hostile athlete id reaches the rules (400), not the policy (403).
        String platform = Tokens.platform();
        String athlete = Tokens.athlete(ATHLETE);
        String sourceApp = Tokens.app(ATHLETE, "connections:write");
        given().auth().oauth2(sourceApp).contentType("application/json").body(CONNECTION)
                .put("/athletes/{id}/connections/test-app", ATHLETE).then().statusCode(anyOf(is(200), is(201)));
        return List.of(
                Door.of("POST /athletes/{athleteId}/sets").path("athleteId", ATHLETE).body(set).as(platform),
                Door.of("GET /athletes/{athleteId}/streaks").path("athleteId", ATHLETE).as(platform),
                Door.of("GET /athletes/{athleteId}/volume").path("athleteId", ATHLETE).query("from", "2026-03-02")
                        .query("to", "2026-03-08").query("bucket", "week").query("by", "muscle").as(platform),
                Door.of("GET /athletes/{athleteId}/records").path("athleteId", ATHLETE).as(platform),
                Door.of("GET /athletes/{athleteId}/adherence").path("athleteId", ATHLETE)
                        .query("planId", UUID.randomUUID().toString()).as(platform),
                Door.of("GET /athletes/{athleteId}/summary").path("athleteId", ATHLETE).as(platform),
                Door.of("GET /athletes/{athleteId}/connections").path("athleteId", ATHLETE).as(athlete),
                Door.of("PUT /athletes/{athleteId}/connections/{source}").path("athleteId", ATHLETE).path("source", "test-app")
                        .body(CONNECTION).as(sourceApp),
                Door.of("DELETE /athletes/{athleteId}/connections/{source}").path("athleteId", ATHLETE)
                        .path("source", "test-app").as(athlete),
                Door.of("GET /athletes/{athleteId}/sets").path("athleteId", ATHLETE).query("from", "2026-03-02")
                        .query("to", "2026-03-08").query("exerciseId", UUID.randomUUID().toString()).query("limit", "10")
                        .query("cursor", FIRST_PAGE).as(platform),
                Door.of("DELETE /athletes/{athleteId}/sets/{eventId}").path("athleteId", ATHLETE)
                        .path("eventId", "never-stored").as(platform),
                Door.of("GET /athletes/{athleteId}/changes").path("athleteId", ATHLETE).query("limit", "10").as(platform),
                Door.of("GET /athletes/{athleteId}/sessions").path("athleteId", ATHLETE).query("from", "2026-03-02")
                        .query("to", "2026-03-08").query("limit", "10").as(platform),
                Door.of("GET /athletes/{athleteId}/sessions/{sessionId}").path("athleteId", ATHLETE)
                        .path("sessionId", UUID.randomUUID().toString()).as(platform),
                Door.of("POST /athletes/{athleteId}/imports").path("athleteId", ATHLETE).query("timeZone", "Europe/Berlin")
                        .query("unmapped", "keep").query("weightUnit", "kg").query("distanceUnit", "km")
                        .body(STRONG_HEADER, "text/csv").as(platform),
                Door.of("GET /athletes/{athleteId}/imports/{jobId}").path("athleteId", ATHLETE)
                        .path("jobId", UUID.randomUUID().toString()).as(platform),
                Door.of("GET /athletes/{athleteId}/sets.csv").path("athleteId", ATHLETE).query("format", "hevy").as(platform),
                Door.of("GET /athletes/{athleteId}/export").path("athleteId", ATHLETE).as(platform),
                Door.of("DELETE /athletes/{athleteId}").path("athleteId", ATHLETE).as(platform),
                Door.of("GET /erasures/{requestId}").path("requestId", UUID.randomUUID().toString()).as(platform),
                Door.of("POST /webhooks/{source}").path("source", "test-app").body(webhook).headers(HostileProgressInputTest::signed));
    }

    /** A fresh webhook-id each time, so that no hostile body is taken for a redelivery. */
    private static Map<String, String> signed(byte[] body) {
        String id = "msg_" + UUID.randomUUID();
        long now = PinnedClock.now().getEpochSecond();
        return Map.of("webhook-id", id, "webhook-timestamp", String.valueOf(now), "webhook-signature", TEST_APP.sign(id, now, body));
    }

    @Override
    protected long footprint() throws Exception {
        return publishedSets() + rememberedDeliveries() + connections()
                + Sql.number(dataSource, "SELECT (SELECT count(*) FROM erasure_request) + (SELECT count(*) FROM import_job)");
    }

    private static long publishedSets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, StrideInfrastructure.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.COMPLETED_SETS)).allTopicNames().get()
                    .get(Topics.COMPLETED_SETS).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.COMPLETED_SETS, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private long connections() throws SQLException {
        return Sql.number(dataSource, "SELECT count(*) + coalesce(sum(hashtext(user_id || source || connected_at)), 0) FROM source_connection");
    }

    private long rememberedDeliveries() throws SQLException {
        return Sql.number(dataSource, "SELECT count(*) FROM webhook_delivery");
    }
}
