package org.openintl.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TopicProbe;
import org.openintl.student.partnership.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole service on a random port against the embedded broker and MongoDB-wire
 * server, one Spring context for every test class (same configuration, so the context cache reuses it). Tests talk
 * HTTP to it, publish partnership events as partnership-service would, and read what it publishes from the topic.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {StudentServiceApplication.class, TestInfrastructure.class})
public abstract class IntegrationTest {

    public static final String PARTNERSHIPS_TOPIC = "intl.partnerships.v1";
    public static final String STUDENTS_TOPIC = "intl.students.v1";
    public static final String CONSUMER_GROUP = "student-service.partnerships";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final EventChannel PARTNERSHIP_SERVICE =
            EventChannel.of("/partnership-service", PARTNERSHIPS_TOPIC);
    private static TopicProbe studentEvents;

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    /** Actuator's port: probes, health details, metrics, the OpenAPI document. */
    protected Http management() {
        return new Http("http://127.0.0.1:" + managementPort).anonymous();
    }

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @Autowired
    protected TestClock clock;

    @Autowired
    private Partnerships partnerships;

    protected Http http;

    /** Random keys for personal data, made once per test JVM: no key is written in any configuration file. */
    @DynamicPropertySource
    static void encryptionKeys(DynamicPropertyRegistry registry) {
        registry.add("intl.students.encryption.keys.test-old", TestKeys::oldKeyBase64);
        registry.add("intl.students.encryption.keys.test-new", TestKeys::newKeyBase64);
        registry.add("intl.students.encryption.active-key", () -> "test-new");
    }

    @BeforeEach
    void connect() {
        http = new Http("http://127.0.0.1:" + port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void closeProbe() {
        if (studentEvents != null) {
            studentEvents.close();
            studentEvents = null;
        }
    }

    /** A valid registration; {@code overrides} replace or add members ({@code null} removes one). */
    protected static Map<String, Object> student(Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("familyName", "Kim");
        body.put("givenName", "Minji");
        body.put("chineseName", "金敏智");
        body.put("nationality", "KR");
        body.put("gender", "FEMALE");
        body.put("dateOfBirth", "2003-04-05");
        body.put("passportNumber", passportNumber());
        body.put("category", "BACHELOR");
        body.put("college", "School of Economics");
        body.put("program", "International Trade");
        body.put("funding", Map.of("type", "CSC", "program", "Chinese University Program"));
        body.put("counselor", "王老师");
        body.put("contact", Map.of("email", "minji.kim@example.org", "phone", "+82 10 1234 5678"));
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    protected static String passportNumber() {
        return "M" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    protected static String unique(String prefix) {
        return prefix.replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String create(Map<String, Object> body) {
        var created = http.post("/api/students", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    protected JsonNode get(String id) {
        var r = http.get("/api/students/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    protected long count(String query) {
        return http.get("/api/students?size=1&" + query).json().get("total").asLong();
    }

    /** Publishes a partnership event exactly as partnership-service does (CloudEvents binary mode). */
    protected void publishPartnership(UUID id, long sequence, String event, String status) {
        publish(id, sequence, "intl.partnership." + event + ".v1", partnershipData(id, status));
    }

    /** The payload of a partnership event, valid against partnership-service's schemas. */
    protected static Map<String, Object> partnershipData(UUID id, String status) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id.toString());
        data.put("status", status);
        data.put("type", "STUDENT_EXCHANGE");
        data.put("title", Map.of("zh", "交换生项目", "en", "Student exchange", "ko", "교환학생"));
        data.put(
                "partners",
                List.of(Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "name",
                        Map.of("en", "Seoul National University"),
                        "country",
                        "KR",
                        "continent",
                        "ASIA",
                        "beltAndRoad",
                        true)));
        data.put("responsibleUnit", "International Office");
        data.put("startDate", "2026-09-01");
        data.put("transition", Map.of("from", "PROPOSED", "to", status, "date", "2026-09-01"));
        data.put("somethingNew", Map.of("added", "later")); // unknown fields must be ignored
        return data;
    }

    protected void publish(UUID subject, long sequence, String type, Object data) {
        var entry =
                new OutboxEntry(UUID.randomUUID(), type, sequence, Instant.now(), null, JSON.writeValueAsString(data));
        try {
            kafka.send(CloudEventRecords.toRecord(PARTNERSHIP_SERVICE, subject, entry))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partnership students may refer to: the projection has it ACTIVE. */
    protected UUID activePartnership() {
        UUID id = UUID.randomUUID();
        publishPartnership(id, 1, "created", "PROPOSED");
        publishPartnership(id, 2, "signed", "SIGNED");
        publishPartnership(id, 3, "activated", "ACTIVE");
        awaitPartnership(id, "ACTIVE");
        return id;
    }

    protected void awaitPartnership(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(projectionStatus(id)));
    }

    protected String projectionStatus(UUID id) {
        return partnerships.status(id).orElse(null);
    }

    /** Waits until the service's consumer group has committed every record published to the partnership topic. */
    protected static void awaitPartnershipEventsConsumed() {
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrap()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Set<TopicPartition> partitions = admin
                        .describeTopics(List.of(PARTNERSHIPS_TOPIC))
                        .allTopicNames()
                        .get()
                        .get(PARTNERSHIPS_TOPIC)
                        .partitions()
                        .stream()
                        .map(p -> new TopicPartition(PARTNERSHIPS_TOPIC, p.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> latest =
                        partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                var committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get();
                for (TopicPartition p : partitions) {
                    long end = ends.get(p).offset();
                    long done = committed.get(p) == null ? 0 : committed.get(p).offset();
                    assertThat(done).as("consumed offset of " + p).isEqualTo(end);
                }
            });
        }
    }

    /** Everything published so far about one student, in order. */
    protected static List<ConsumerRecord<String, byte[]>> events(String studentId) {
        if (studentEvents == null) {
            studentEvents = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), STUDENTS_TOPIC);
        }
        return studentEvents.poll().stream()
                .filter(r -> studentId.equals(r.key()))
                .toList();
    }

    protected static List<ConsumerRecord<String, byte[]>> awaitEvents(String studentId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events(studentId), l -> l.size() >= count);
    }

    /** Waits for exactly {@code count} events and checks that no further one follows for a while. */
    protected static List<ConsumerRecord<String, byte[]>> awaitExactly(String studentId, int count) {
        awaitEvents(studentId, count);
        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> events(studentId).size() == count);
        return events(studentId);
    }

    protected static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, "ce_type")).toList();
    }

    protected static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    protected static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    /** Today as the service reckons it (the university's zone, the test clock). */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
    }
}
