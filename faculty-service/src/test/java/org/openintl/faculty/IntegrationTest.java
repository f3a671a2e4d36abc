package org.openintl.faculty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.faculty.partnership.Partnerships;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TopicProbe;
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
 * server, one Spring context for every test class. Tests talk HTTP to it, publish partner and partnership events as
 * partnership-service would, and read what it publishes from its topic, each record validated against its schema.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {FacultyServiceApplication.class, TestInfrastructure.class})
public abstract class IntegrationTest {

    public static final String PARTNERSHIPS_TOPIC = "intl.partnerships.v1";
    public static final String FACULTY_TOPIC = "intl.faculty.v1";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final EventChannel PARTNERSHIP_SERVICE =
            EventChannel.of("/partnership-service", PARTNERSHIPS_TOPIC);
    private static TopicProbe facultyEvents;

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @Autowired
    protected TestClock clock;

    @Autowired
    private Partnerships partnerships;

    /** As ADMIN. */
    protected Http http;

    /** As FACULTY_OFFICER. */
    protected Http officer;

    /** Random keys for personal data, made once per test JVM: no key is written in any configuration file. */
    @DynamicPropertySource
    static void encryptionKeys(DynamicPropertyRegistry registry) {
        registry.add("intl.faculty.encryption.keys.test-old", TestKeys::oldKeyBase64);
        registry.add("intl.faculty.encryption.keys.test-new", TestKeys::newKeyBase64);
        registry.add("intl.faculty.encryption.active-key", () -> "test-new");
    }

    @BeforeEach
    void connect() {
        http = new Http("http://127.0.0.1:" + port);
        officer = http.withRoles("FACULTY_OFFICER");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void closeProbe() {
        if (facultyEvents != null) {
            facultyEvents.close();
            facultyEvents = null;
        }
    }

    protected Http management() {
        return new Http("http://127.0.0.1:" + managementPort).anonymous();
    }

    /** A valid registration of an expert; {@code overrides} replace or add members ({@code null} removes one). */
    protected static Map<String, Object> expert(Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Anna Schmidt");
        body.put("chineseName", "施安娜");
        body.put("nationality", "DE");
        body.put("gender", "FEMALE");
        body.put("dateOfBirth", "1980-03-14");
        body.put("passportNumber", passportNumber());
        body.put("permitCategory", "A");
        body.put("college", "School of Physics");
        body.put("position", "RESEARCH");
        body.put("teachingLoad", 4);
        body.put("talentProgram", "High-end Foreign Experts Program");
        return with(body, overrides);
    }

    /** The same with a contract from {@code start} for {@code years}. */
    protected static Map<String, Object> contracted(LocalDate start, int years, Object... overrides) {
        Map<String, Object> body = expert(overrides);
        body.put("contractStart", start.toString());
        body.put("contractEnd", start.plusYears(years).toString());
        return body;
    }

    protected static Map<String, Object> with(Map<String, Object> body, Object... overrides) {
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
        return "C" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    protected String created(Http as, String path, Map<String, Object> body) {
        var created = as.post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    protected JsonNode get(String path) {
        var r = http.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Moves an aggregate ({@code /api/experts/{id}} ...) through a transition and returns the answer's body. */
    protected JsonNode move(String path, Object... body) {
        Map<String, Object> request = with(new LinkedHashMap<>(), body);
        var r = officer.post(path + "/transitions", request);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Publishes a partnership event exactly as partnership-service does (CloudEvents binary mode). */
    protected void publishPartnership(UUID id, long sequence, String event, String status, UUID partnerId) {
        publish(id, sequence, "intl.partnership." + event + ".v1", partnershipData(id, status, partnerId));
    }

    protected static Map<String, Object> partnershipData(UUID id, String status, UUID partnerId) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id.toString());
        data.put("status", status);
        data.put("type", "STAFF_EXCHANGE");
        data.put("title", Map.of("zh", "教师交流项目", "en", "Faculty exchange"));
        data.put(
                "partners",
                List.of(Map.of(
                        "id",
                        partnerId.toString(),
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

    /** Publishes a partner event exactly as partnership-service does. */
    protected void publishPartner(UUID id, long sequence, String event, boolean archived) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id.toString());
        data.put("name", Map.of("en", "Seoul National University", "zh", "首尔大学"));
        data.put("country", "KR");
        data.put("continent", "ASIA");
        data.put("beltAndRoad", true);
        data.put("type", "UNIVERSITY");
        data.put("archived", archived);
        publish(id, sequence, "intl.partner." + event + ".v1", data);
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

    /** A partner and an ACTIVE partnership with it, both in the service's projection. */
    protected Agreement activeAgreement() {
        UUID partner = UUID.randomUUID();
        UUID partnership = UUID.randomUUID();
        publishPartner(partner, 1, "registered", false);
        publishPartnership(partnership, 1, "created", "PROPOSED", partner);
        publishPartnership(partnership, 2, "signed", "SIGNED", partner);
        publishPartnership(partnership, 3, "activated", "ACTIVE", partner);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(partnerships.status(partnership).orElse(null))
                        && partnerships.partnerKnown(partner));
        return new Agreement(partner, partnership);
    }

    protected record Agreement(UUID partnerId, UUID partnershipId) {}

    protected String projectionStatus(UUID id) {
        return partnerships.status(id).orElse(null);
    }

    /** Everything published so far about one aggregate, in order; each record checked against its schema. */
    protected static List<ConsumerRecord<String, byte[]>> events(String id) {
        if (facultyEvents == null) {
            facultyEvents = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), FACULTY_TOPIC);
        }
        List<ConsumerRecord<String, byte[]>> records =
                facultyEvents.poll().stream().filter(r -> id.equals(r.key())).toList();
        records.forEach(EventSchemas::assertValid);
        return records;
    }

    protected static List<ConsumerRecord<String, byte[]>> awaitEvents(String id, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events(id), l -> l.size() >= count);
    }

    /** Waits for exactly {@code count} events and checks that no further one follows for a while. */
    protected static List<ConsumerRecord<String, byte[]>> awaitExactly(String id, int count) {
        awaitEvents(id, count);
        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> events(id).size() == count);
        return events(id);
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
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }
}
