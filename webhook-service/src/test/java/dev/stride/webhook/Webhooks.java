package dev.stride.webhook;

import static io.restassured.RestAssured.given;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.RecordKind;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** What the tests of this service do as the rest of Stride and as an app would: connect athletes, publish events, subscribe. */
public final class Webhooks {
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    private Webhooks() {
    }

    /** The third-party app, with its own token allowed to manage its subscriptions. */
    public static RequestSpecification asApp() {
        return asApp(Tokens.THIRD_PARTY_APP);
    }

    public static RequestSpecification asApp(String client) {
        return given().auth().oauth2(Tokens.client(client, WEBHOOKS_MANAGE));
    }

    /** A subscription of the third-party app to {@code types} at {@code url}; its id and secret. */
    public static Subscribed subscribe(String url, String... types) {
        return subscribeAs(Tokens.THIRD_PARTY_APP, url, types);
    }

    public static Subscribed subscribeAs(String client, String url, String... types) {
        var body = asApp(client).contentType(ContentType.JSON)
                .body(json(Map.of("url", url, "eventTypes", List.of(types), "description", "test")))
                .post("/webhook-subscriptions").then().statusCode(201).extract();
        return new Subscribed(body.path("id"), body.path("secret"));
    }

    public record Subscribed(String id, String secret) {
    }

    /** progress-service's announcement that {@code athlete} connected a source of the third-party app. */
    public static void connect(String athlete) {
        connect(athlete, Tokens.THIRD_PARTY_APP);
    }

    public static void connect(String athlete, String client) {
        AthleteConnected connected = new AthleteConnected(UUID.randomUUID(), athlete, "coach", client, PinnedClock.now());
        publish(Topics.ATHLETE_EVENTS, AthleteConnected.key(athlete, "coach"), AthleteConnected.TYPE, connected.eventId().toString(), connected);
    }

    public static void disconnect(String athlete) {
        AthleteDisconnected gone = new AthleteDisconnected(UUID.randomUUID(), athlete, "coach", Tokens.THIRD_PARTY_APP, PinnedClock.now());
        publish(Topics.ATHLETE_EVENTS, AthleteDisconnected.key(athlete, "coach"), AthleteDisconnected.TYPE, gone.eventId().toString(), gone);
    }

    /** A personal record of {@code athlete}'s on progress-events, as progress-service publishes it. */
    public static PersonalRecordSet personalRecord(String athlete, double kg) {
        PersonalRecordSet record = new PersonalRecordSet(UUID.randomUUID(), athlete, UUID.randomUUID(), RecordKind.values()[0],
                BigDecimal.valueOf(kg), LocalDate.of(2026, 12, 2), "set-" + UUID.randomUUID(), PinnedClock.now());
        publish(Topics.PROGRESS_EVENTS, athlete, PersonalRecordSet.TYPE, record.eventId().toString(), record);
        return record;
    }

    /** Whether this service knows {@code athlete} connected some app (it has read the announcement). */
    public static boolean connected(String athlete) {
        try {
            return Sql.number(Arc.container().instance(AgroalDataSource.class).get(),
                    "SELECT count(*) FROM connection WHERE athlete_id = '" + athlete + "'") > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until the service's consumer group {@code group} has committed every record on {@code topic} so far. */
    public static void awaitConsumed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", StrideInfrastructure.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    public static void publish(String topic, String key, String type, String id, Object event) {
        publishRaw(topic, key, type, id, json(event));
    }

    public static void publishRaw(String topic, String key, String type, String id, String json) {
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(new ProducerRecord<>(topic, null, key,
                    json.getBytes(StandardCharsets.UTF_8), CloudEventHeaders.of(id, type, "/test", PinnedClock.now()))).awaitCompletion();
        }
    }

    public static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
