package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.PoisonRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.JsonNode;

/**
 * Poison records on a consumed topic go to {@code <topic>-dlt} at once, are counted and change nothing; an ADMIN
 * lists them with their origin and replays them through the same checks, one or all, after a fix.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLettersIntegrationTest {

    private static final String TOPIC = "platform.samples.v1";
    private static final EventChannel PRODUCER = EventChannel.of("/platform-sample", TOPIC);
    private static final String DEAD_LETTERS = "/api/admin/dead-letters/platform-sample/" + TOPIC;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    ProjectionStore<SampleEvent> projection;

    @Autowired
    SampleFaults faults;

    @Autowired
    MongoDatabase database;

    Http http;

    /** Actuator's port (metrics), never the API's. */
    @LocalManagementPort
    int managementPort;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private static String valid(UUID id) {
        return "{\"id\":\"" + id + "\",\"status\":\"DONE\",\"title\":\"Exchange with Minsk\"}";
    }

    @Test
    void poisonIsDeadLetteredCountedAndNeverApplied() throws Exception {
        double before = PoisonRecords.deadLetteredCount(prometheus(), TOPIC);
        List<PoisonRecords> poison =
                new ArrayList<>(PoisonRecords.all(PRODUCER, "intl.sample.done.v1", id -> valid(id)));
        UUID other = UUID.randomUUID();
        poison.add(new PoisonRecords(
                "id other than the subject", other.toString(), record(other, valid(UUID.randomUUID()))));
        for (PoisonRecords p : poison) {
            kafka.send(p.record()).get();
        }

        var dead = PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), TOPIC, SampleListener.GROUP, poison);

        assertThat(dead).hasSize(poison.size());
        for (PoisonRecords p : poison) {
            assertThat(projection.find(UUID.fromString(p.key()))).as(p.name()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> PoisonRecords.deadLetteredCount(prometheus(), TOPIC) >= before + poison.size());

        JsonNode listing = http.get(DEAD_LETTERS).json();
        for (PoisonRecords p : poison) {
            JsonNode letter = letter(listing, p.key());
            assertThat(letter).as(p.name() + " listed").isNotNull();
            assertThat(letter.get("originalTopic").asString()).isEqualTo(TOPIC);
            assertThat(letter.get("originalPartition").isNumber()).isTrue();
            assertThat(letter.get("originalOffset").isNumber()).isTrue();
            assertThat(letter.get("group").asString()).isEqualTo(SampleListener.GROUP);
            assertThat(letter.get("exception").asString()).endsWith("InvalidEventException");
            assertThat(letter.get("message").asString()).isNotBlank();
            assertThat(Instant.parse(letter.get("deadLetteredAt").asString())).isBefore(Instant.now());
        }

        // a replay meets the same checks: still refused, still not applied
        JsonNode missing = letter(listing, poison.get(0).key());
        var replay = http.post(DEAD_LETTERS + "/" + missing.get("id").asString() + "/replay", Map.of());
        assertThat(replay.status()).as(replay.toString()).isEqualTo(422);
        assertThat(replay.header("Content-Type")).startsWith("application/problem+json");
        assertThat(replay.json().get("type").asString()).isEqualTo("urn:intl:problem:invalid-event");
        assertThat(replay.json().get("detail").asString()).contains("schema");
        assertThat(projection.find(UUID.fromString(poison.get(0).key()))).isEmpty();
    }

    @Test
    void aRecordDeadLetteredByABugIsAppliedByAReplayAfterTheFix() throws Exception {
        UUID id = UUID.randomUUID();
        faults.broken().add(id);
        kafka.send(record(id, valid(id))).get();
        var poison = new PoisonRecords("consumer bug", id.toString(), null);
        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), TOPIC, SampleListener.GROUP, List.of(poison));
        assertThat(projection.find(id)).isEmpty();
        JsonNode letter = letter(http.get(DEAD_LETTERS).json(), id.toString());
        assertThat(letter.get("exception").asString()).isEqualTo(IllegalStateException.class.getName());

        var stillBroken = http.post(DEAD_LETTERS + "/" + letter.get("id").asString() + "/replay", Map.of());
        assertThat(stillBroken.status()).as(stillBroken.toString()).isEqualTo(500);
        assertThat(projection.find(id)).isEmpty();

        faults.broken().remove(id); // the fix
        var replayed = http.post(DEAD_LETTERS + "/replay", Map.of());
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(projection.find(id))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("DONE"));
        JsonNode after = letter(http.get(DEAD_LETTERS).json(), id.toString());
        assertThat(after.get("replay").get("outcome").asString()).isEqualTo("APPLIED");

        // settled: replaying all again leaves it alone
        JsonNode again = http.post(DEAD_LETTERS + "/replay", Map.of()).json();
        assertThat(again.get("items").valueStream().map(i -> i.get("key").asString()))
                .doesNotContain(id.toString());
    }

    /**
     * A poll's records are applied one by one: a poison record among them is dead-lettered, the records before and
     * after it are applied, and the group's checkpoint (written durably before the offsets are committed) reaches the
     * last of them.
     */
    @Test
    void recordsAroundAPoisonRecordAreAppliedAndTheCheckpointReachesTheLast() throws Exception {
        UUID before = UUID.randomUUID();
        UUID poisoned = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = List.of(
                record(before, valid(before)),
                record(poisoned, valid(UUID.randomUUID())), // names another id than its subject
                record(after, valid(after)));
        List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : records) {
            // one partition, sent back to back: usually one poll of the consumer
            sent.add(kafka.send(new ProducerRecord<>(TOPIC, 0, r.key(), r.value(), r.headers())));
        }
        long last = sent.get(2).get().getRecordMetadata().offset();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> projection.find(before).isPresent()
                        && projection.find(after).isPresent());
        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(),
                TOPIC,
                SampleListener.GROUP,
                List.of(new PoisonRecords("id other than the subject", poisoned.toString(), null)));
        assertThat(projection.find(poisoned)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document checkpoint = database.getCollection("event_checkpoints")
                    .find(Filters.eq("_id", SampleListener.GROUP + " " + TOPIC + "-0"))
                    .first();
            assertThat(checkpoint).isNotNull();
            assertThat(checkpoint.getLong("offset")).isGreaterThanOrEqualTo(last);
            assertThat(checkpoint.getString("group")).isEqualTo(SampleListener.GROUP);
        });
    }

    /** MongoDB out of reach is no fault of the record: the consumer waits for it instead of dead-lettering. */
    @Test
    void aRecordMeetingAnUnreachableDatabaseWaitsForItInsteadOfBeingDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        faults.databaseDown().add(id);
        kafka.send(record(id, valid(id))).get();
        // retries are 1 in this application: a third attempt means the record was not given up
        await().atMost(Duration.ofSeconds(30)).until(() -> faults.attempts(id) >= 3);
        assertThat(projection.find(id)).isEmpty();

        faults.databaseDown().remove(id); // the database is back
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.find(id).isPresent());
        assertThat(letter(http.get(DEAD_LETTERS).json(), id.toString())).isNull();
    }

    /** The driver's "unreachable", however wrapped, is a 503 with Retry-After, not a 500. */
    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        var r = http.get("/samples/database-unreachable");
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:service-unavailable");
    }

    @Test
    void onlyAdminsSeeDeadLettersAndUnknownTopicsAre404() {
        assertThat(http.withRoles("NEWS_EDITOR").get(DEAD_LETTERS).status()).isEqualTo(403);
        assertThat(http.withRoles("NEWS_EDITOR")
                        .post(DEAD_LETTERS + "/replay", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(http.anonymous().get(DEAD_LETTERS).status()).isEqualTo(401);
        var unknown = http.get("/api/admin/dead-letters/platform-sample/intl.unknown.v1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/admin/dead-letters/platform-sample")
                        .json()
                        .get("topics")
                        .get(0)
                        .asString())
                .isEqualTo(TOPIC);
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record(UUID subject, String json) {
        return CloudEventRecords.toRecord(
                PRODUCER,
                subject,
                new OutboxEntry(UUID.randomUUID(), "intl.sample.done.v1", 1, Instant.now(), null, json));
    }

    private static JsonNode letter(JsonNode listing, String key) {
        return listing.get("items")
                .valueStream()
                .filter(i -> key.equals(i.path("key").asString(null)))
                .findFirst()
                .orElse(null);
    }

    private String prometheus() {
        return new Http("http://127.0.0.1:" + managementPort)
                .get("/actuator/prometheus")
                .body();
    }
}
