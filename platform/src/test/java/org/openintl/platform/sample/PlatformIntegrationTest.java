package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.IdempotencyKeyReusedException;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.domain.StaleVersionException;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The platform through its public interfaces: HTTP answers, documents in the database and records on a real Kafka
 * topic.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformIntegrationTest {

    private static final String TOPIC = "platform.samples.v1";

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore<Sample> samples;

    @Autowired
    ProjectionStore<SampleEvent> projection;

    @Autowired
    MongoDatabase db;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private Map<String, Object> validSample() {
        return Map.of("title", Map.of("en", "Exchange with Minsk"), "startDate", "2026-09-01");
    }

    @Test
    void publishesCloudEventsInOrderAndEmptiesTheOutbox() {
        var created = http.post("/samples", validSample());
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var done = http.post("/samples/" + id + "/transitions", Map.of("to", "DONE"), "If-Match", "\"1\"");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.header("ETag")).isEqualTo("\"2\"");

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.size() == 2);
            assertThat(mine)
                    .extracting(r -> header(r, "ce_type"))
                    .containsExactly("intl.sample.created.v1", "intl.sample.done.v1");
            assertThat(mine).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2");
            ConsumerRecord<String, byte[]> first = mine.get(0);
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(header(first, "ce_id"))).isNotNull();
            assertThat(header(first, "ce_source")).isEqualTo("/platform-sample");
            assertThat(header(first, "ce_subject")).isEqualTo(id);
            assertThat(header(first, "ce_time")).isNotBlank();
            assertThat(header(first, "content-type")).isEqualTo("application/json");
            assertThat(header(first, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(new String(first.value(), StandardCharsets.UTF_8)).contains("\"status\":\"DRAFT\"");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = db.getCollection("samples")
                    .find(Filters.eq("_id", UUID.fromString(id)))
                    .first();
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
        });
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(projection.find(UUID.fromString(id)))
                        .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("DONE")));
    }

    @Test
    void carriesTheCallersTraceIntoTheEvent() {
        String trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String id = http.post("/samples", validSample(), "traceparent", trace)
                .json()
                .get("id")
                .asString();
        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            var record = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .findFirst(),
                            o -> o.isPresent())
                    .orElseThrow();
            assertThat(header(record, "traceparent")).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
        }
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        String id = http.post("/samples", validSample()).json().get("id").asString();
        var stale = http.post("/samples/" + id + "/transitions", Map.of("to", "DONE"), "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:intl:problem:stale-version");
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(samples.get(UUID.fromString(id)).version()).isEqualTo(1);
        assertThat(samples.get(UUID.fromString(id)).state().status()).isEqualTo(Sample.Status.DRAFT);
    }

    @Test
    void concurrentWriterLosesWithStaleVersion() {
        String id = http.post("/samples", validSample()).json().get("id").asString();
        var current = samples.get(UUID.fromString(id));
        samples.update(current.id(), current.version(), Change.of(current.state()));
        assertThatThrownBy(() -> samples.update(current.id(), current.version(), Change.of(current.state())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(samples.get(current.id()).version()).isEqualTo(2);
    }

    @Test
    void illegalTransitionIsA409ListingTheAllowedMoves() {
        String id = http.post("/samples", validSample()).json().get("id").asString();
        http.post("/samples/" + id + "/transitions", Map.of("to", "DONE"));
        var again = http.post("/samples/" + id + "/transitions", Map.of("to", "DONE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:intl:problem:illegal-transition");
        assertThat(again.json().get("allowed").isArray()).isTrue();
        assertThat(again.json().get("from").asString()).isEqualTo("DONE");
    }

    @Test
    void badInputGetsProblemDetailsAndStoresNothing() {
        long before = samples.count(Filters.empty());

        var malformed = http.post("/samples", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("urn:intl:problem:malformed-request");

        var missing = http.post("/samples", Map.of("title", Map.of("en", "x")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("startDate");

        var noLanguage = http.post("/samples", Map.of("title", Map.of("zh", " "), "startDate", "2026-01-01"));
        assertThat(noLanguage.status()).isEqualTo(400);
        assertThat(noLanguage.json().get("errors").get(0).get("field").asString())
                .isEqualTo("title");

        var badDate = http.post("/samples", Map.of("title", Map.of("en", "x"), "startDate", "2026-13-45"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("startDate");

        var unknownRef = http.post(
                "/samples", Map.of("title", Map.of("en", "x"), "startDate", "2026-01-01", "tags", List.of("unknown")));
        assertThat(unknownRef.status()).isEqualTo(422);
        assertThat(unknownRef.json().get("type").asString()).isEqualTo("urn:intl:problem:unknown-reference");

        var xml = http.send("POST", "/samples", "<sample/>", "application/xml");
        assertThat(xml.status()).as(xml.toString()).isEqualTo(415);
        assertThat(xml.body()).as(xml.toString()).contains("unsupported-media-type");
        assertThat(xml.json().get("type").asString()).isEqualTo("urn:intl:problem:unsupported-media-type");

        assertThat(samples.count(Filters.empty())).isEqualTo(before);
    }

    @Test
    void unknownIdAndBadIdAreProblems() {
        var unknown = http.get("/samples/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:intl:problem:not-found");
        var badId = http.get("/samples/not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        var noRoute = http.get("/nothing-here");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void idempotencyKeyReturnsTheFirstResultAndRefusesADifferentBody() {
        String key = UUID.randomUUID().toString();
        var first = http.post("/samples", validSample(), "Idempotency-Key", key);
        var retry = http.post("/samples", validSample(), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());

        var other = http.post(
                "/samples", Map.of("title", Map.of("en", "Other"), "startDate", "2026-09-01"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:intl:problem:idempotency-key-reused");
        assertThatThrownBy(() -> samples.create(
                        UUID.fromString(first.json().get("id").asString()),
                        Change.of(samples.get(
                                        UUID.fromString(first.json().get("id").asString()))
                                .state()),
                        "different"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void projectionIgnoresStaleAndDuplicateSequences() {
        UUID id = UUID.randomUUID();
        assertThat(projection.apply(id, 2, new SampleEvent(id, "DONE", "t"))).isTrue();
        assertThat(projection.apply(id, 1, new SampleEvent(id, "DRAFT", "t"))).isFalse();
        assertThat(projection.apply(id, 2, new SampleEvent(id, "DRAFT", "t"))).isFalse();
        assertThat(projection.find(id))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("DONE"));
        assertThat(projection.apply(id, 3, new SampleEvent(id, "DRAFT", "t"))).isTrue();
        assertThat(projection.sequence(id)).contains(3L);
    }

    /** Consumers racing on one new aggregate, its events in any order: the newest always ends up stored. */
    @Test
    void concurrentAppliesOfOneNewAggregateLeaveTheNewestWhateverTheOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                UUID id = UUID.randomUUID();
                List<Callable<Boolean>> applies = new ArrayList<>();
                for (long sequence = 1; sequence <= 8; sequence++) {
                    long s = sequence;
                    applies.add(() -> projection.apply(id, s, new SampleEvent(id, "S" + s, "t")));
                }
                Collections.shuffle(applies);
                List<Future<Boolean>> results = pool.invokeAll(applies);
                long applied = 0;
                for (Future<Boolean> r : results) {
                    applied += r.get() ? 1 : 0;
                }
                assertThat(applied).as("round %d", round).isBetween(1L, 8L);
                assertThat(projection.sequence(id)).as("round %d", round).contains(8L);
                assertThat(projection.find(id))
                        .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("S8"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicWithItsOrigin() throws Exception {
        String key = UUID.randomUUID().toString();
        kafka.send(new ProducerRecord<>(TOPIC, key, "not a cloud event".getBytes(StandardCharsets.UTF_8)))
                .get();
        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC + "-dlt")) {
            var dead = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> key.equals(r.key()))
                                    .findFirst(),
                            o -> o.isPresent())
                    .orElseThrow();
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(dead.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
            assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        }
    }

    @Test
    void documentHoldsStateVersionAndOutboxTogether() {
        var sample = new Sample(
                UUID.randomUUID(),
                new MultilingualText("中文", null, null),
                Sample.Status.DRAFT,
                java.time.LocalDate.of(2026, 1, 1),
                List.of("a"));
        samples.create(
                sample.id(), Change.of(sample, new PendingEvent("intl.sample.created.v1", SampleEvent.of(sample))));
        assertThat(samples.get(sample.id()).state()).isEqualTo(sample);
        Document raw =
                db.getCollection("samples").find(Filters.eq("_id", sample.id())).first();
        assertThat(raw.get("state", Document.class).getString("status")).isEqualTo("DRAFT");
        assertThat(raw.getLong("version")).isEqualTo(1L);
    }

    @Test
    void sortedPagesAreTheSameAsASortedFindAndReadOnlyThePage() {
        String marker = "sorted-" + UUID.randomUUID();
        String[] titles = {"Minsk", "Almaty", "Seoul", "Almaty", "Hanoi"};
        for (int i = 0; i < 30; i++) {
            var sample = new Sample(
                    UUID.randomUUID(),
                    new MultilingualText(null, titles[i % titles.length], null),
                    Sample.Status.DRAFT,
                    java.time.LocalDate.of(2026, 1, 1 + i % 7),
                    List.of(marker));
            samples.create(sample.id(), Change.of(sample));
        }
        var filter = Filters.eq("state.tags", marker);
        for (var sort : List.of(
                Sorts.ascending("state.title.en", "state.startDate", "_id"),
                Sorts.orderBy(Sorts.descending("state.startDate"), Sorts.ascending("_id")))) {
            List<Object> expected = new java.util.ArrayList<>();
            db.getCollection("samples").find(filter).sort(sort).forEach(d -> expected.add(d.get("_id")));
            List<Object> paged = new java.util.ArrayList<>();
            for (int skip = 0; skip < 35; skip += 7) {
                samples.find(filter, sort, skip, 7).forEach(v -> paged.add(v.id()));
            }
            assertThat(paged).hasSize(30).containsExactlyElementsOf(expected);
            List<Object> pagedWithTotal = new java.util.ArrayList<>();
            for (int skip = 0; skip < 35; skip += 7) {
                var found = samples.findWithTotal(filter, sort, skip, 7);
                assertThat(found.total()).isEqualTo(30);
                found.items().forEach(v -> pagedWithTotal.add(v.id()));
            }
            assertThat(pagedWithTotal).containsExactlyElementsOf(expected);
        }
        assertThat(samples.findWithTotal(Filters.eq("state.tags", "no such tag"), Sorts.ascending("_id"), 0, 7)
                        .total())
                .isZero();
        assertThat(samples.count(filter)).isEqualTo(30);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
