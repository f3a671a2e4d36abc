package org.openintl.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.partnership.expiry.ExpiryScanner;
import org.openintl.partnership.stats.PartnershipMetrics;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.ForgedTokenChecks;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.MutableClock;
import org.openintl.platform.testing.PoisonRecords;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The partnership service through HTTP, its topic and its database, on the embedded broker and Mongo-wire server. */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipServiceIntegrationTest {

    private static final String TOPIC = "intl.partnerships.v1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    /** Actuator's port: probes, health details, metrics, the OpenAPI document. */
    Http management() {
        return new Http("http://127.0.0.1:" + managementPort).anonymous();
    }

    @Autowired
    MutableClock clock;

    @Autowired
    ExpiryScanner scanner;

    @Autowired
    PartnershipMetrics metrics;

    @Autowired
    MongoDatabase db;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
        clock.set(Instant.parse("2026-03-01T02:00:00Z"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    String partner(String country, String zh, String en) {
        var r = http.post(
                "/api/partners",
                Map.of("name", Map.of("zh", zh, "en", en), "country", country, "type", "UNIVERSITY", "city", "Seoul"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Map<String, Object> partnershipBody(String partnerId, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", "中韩本科交换项目", "en", "Undergraduate exchange"));
        body.put("type", "STUDENT_EXCHANGE");
        body.put("partnerIds", List.of(partnerId));
        body.put("responsibleUnit", "International College");
        body.put("startDate", today().minusYears(1).toString());
        body.put("endDate", end.toString());
        return body;
    }

    String partnership(String partnerId, LocalDate end) {
        var r = http.post("/api/partnerships", partnershipBody(partnerId, end));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith(r.json().get("id").asString());
        return r.json().get("id").asString();
    }

    Http.Response move(String id, String to) {
        return http.post("/api/partnerships/" + id + "/transitions", Map.of("to", to));
    }

    @Test
    void registersSignsAndActivatesWithValidEventsInOrder() {
        String partnerId = partner("KR", "首尔大学", "Seoul National University");
        var partner = http.get("/api/partners/" + partnerId).json();
        assertThat(partner.get("continent").asString()).isEqualTo("ASIA");

        String id = partnership(partnerId, today().plusYears(3));
        assertThat(move(id, "SIGNED").status()).isEqualTo(200);
        var active = move(id, "ACTIVE");
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.header("ETag")).isEqualTo("\"3\"");
        assertThat(active.json().get("partners").get(0).get("country").asString())
                .isEqualTo("KR");

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.size() >= 3);
            assertThat(mine)
                    .extracting(r -> header(r, "ce_type"))
                    .containsExactly(
                            "intl.partnership.created.v1",
                            "intl.partnership.signed.v1",
                            "intl.partnership.activated.v1");
            assertThat(mine).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3");
            mine.forEach(EventSchemas::assertValid);
            var partnerEvents = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> partnerId.equals(r.key()))
                                    .toList(),
                            l -> !l.isEmpty());
            partnerEvents.forEach(EventSchemas::assertValid);
            assertThat(header(partnerEvents.get(0), "ce_type")).isEqualTo("intl.partner.registered.v1");
        }
    }

    @Test
    void refusesBadInputWithProblemDetailsAndStoresNothing() {
        String partnerId = partner("GB", "爱丁堡大学", "University of Edinburgh");
        long partners = db.getCollection("partners").countDocuments();
        long partnerships = db.getCollection("partnerships").countDocuments();

        expectProblem(
                http.post("/api/partners", Map.of("name", Map.of("en", "X"), "country", "XX", "type", "UNIVERSITY")),
                400,
                "country");
        expectProblem(http.post("/api/partners", Map.of("name", Map.of("en", "X"), "country", "GB")), 400, "type");
        expectProblem(
                http.post("/api/partners", Map.of("name", Map.of(), "country", "GB", "type", "UNIVERSITY")),
                400,
                "name");
        expectProblem(
                http.post(
                        "/api/partners",
                        Map.of("name", Map.of("en", "X"), "country", "GB", "type", "UNIVERSITY", "website", "ftp://x")),
                400,
                "website");

        var unknownPartner = partnershipBody(UUID.randomUUID().toString(), today().plusYears(1));
        expectProblem(http.post("/api/partnerships", unknownPartner), 422, "partnerIds");
        var endBeforeStart = partnershipBody(partnerId, today().minusYears(2));
        expectProblem(http.post("/api/partnerships", endBeforeStart), 400, "endDate");
        var programOnMou = partnershipBody(partnerId, today().plusYears(1));
        programOnMou.put("type", "MOU");
        programOnMou.put("program", Map.of("approvalNumber", "MOE-1", "level", "BACHELOR"));
        expectProblem(http.post("/api/partnerships", programOnMou), 400, "program");
        var programWithoutNumber = partnershipBody(partnerId, today().plusYears(1));
        programWithoutNumber.put("type", "JOINT_PROGRAM");
        programWithoutNumber.put("program", Map.of("level", "BACHELOR"));
        expectProblem(http.post("/api/partnerships", programWithoutNumber), 400, "program.approvalNumber");
        var schoolWithoutCountry = partnershipBody(partnerId, today().plusYears(1));
        schoolWithoutCountry.put("type", "SCHOOL_ABROAD");
        expectProblem(http.post("/api/partnerships", schoolWithoutCountry), 400, "schoolAbroad");
        var badType = partnershipBody(partnerId, today().plusYears(1));
        badType.put("type", "FRIENDSHIP");
        expectProblem(http.post("/api/partnerships", badType), 400, "type");
        var noPartners = partnershipBody(partnerId, today().plusYears(1));
        noPartners.put("partnerIds", List.of());
        expectProblem(http.post("/api/partnerships", noPartners), 400, "partnerIds");
        assertThat(http.post("/api/partnerships", "{\"title\":").status()).isEqualTo(400);

        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);
        assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(partnerships);
    }

    @Test
    void refusesIllegalMovesStaleVersionsAndBlindUpdates() {
        String id = partnership(partner("TH", "朱拉隆功大学", "Chulalongkorn University"), today().plusYears(2));
        var illegal = move(id, "ACTIVE");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().get("allowed").toString()).contains("NEGOTIATING", "SIGNED", "TERMINATED");

        var stale = http.post("/api/partnerships/" + id + "/transitions", Map.of("to", "SIGNED"), "If-Match", "\"9\"");
        assertThat(stale.status()).isEqualTo(412);

        var current = http.get("/api/partnerships/" + id);
        Map<String, Object> body =
                partnershipBody(current.json().get("partners").get(0).get("id").asString(), today().plusYears(2));
        assertThat(http.put("/api/partnerships/" + id, body).status()).isEqualTo(428);
        var updated = http.put("/api/partnerships/" + id, body, "If-Match", current.header("ETag"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(http.put("/api/partnerships/" + id, body, "If-Match", current.header("ETag"))
                        .status())
                .isEqualTo(412);
        assertThat(http.get("/api/partnerships/" + id).json().get("status").asString())
                .isEqualTo("PROPOSED");
        assertThat(http.get("/api/partnerships/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void warnsOncePerWindowAndExpiresWhenTheEndDatePasses() {
        String id = partnership(partner("RU", "莫斯科国立大学", "Lomonosov Moscow State University"), today().plusDays(100));
        move(id, "SIGNED");
        var active = move(id, "ACTIVE").json();
        assertThat(active.get("warningsSent").toString()).contains(":180");

        // a restart inside the 90-day window: the start-up scan raises it
        clock.advance(Duration.ofDays(15));
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        assertThat(http.get("/api/partnerships/" + id)
                        .json()
                        .get("warningsSent")
                        .toString())
                .contains(":90");
        var first = CompletableFuture.supplyAsync(scanner::scan);
        var second = CompletableFuture.supplyAsync(scanner::scan);
        first.join();
        second.join();
        scanner.scan();

        clock.advance(Duration.ofDays(60));
        scanner.scan();
        clock.advance(Duration.ofDays(30));
        scanner.scan();
        assertThat(http.get("/api/partnerships/" + id).json().get("status").asString())
                .isEqualTo("EXPIRED");

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.stream().anyMatch(r -> header(r, "ce_type").endsWith("expired.v1")));
            List<String> windows = new ArrayList<>();
            for (var r : mine) {
                EventSchemas.assertValid(r);
                if (header(r, "ce_type").equals("intl.partnership.expiring.v1")) {
                    windows.add(json(r).get("warning").get("windowDays").asString());
                }
            }
            assertThat(windows).containsExactly("180", "90", "30");
        }
    }

    @Test
    void countsEnrolledStudentsFromStudentEventsIgnoringStaleAndRepeatedOnes() throws Exception {
        String id = partnership(partner("KZ", "哈萨克国立大学", "Al-Farabi Kazakh National University"), today().plusYears(4));
        UUID student = UUID.randomUUID();
        var students = EventChannel.of("/student-service", "intl.students.v1");
        String enrolled = studentEvent(student, "ENROLLED", id);
        String admitted = studentEvent(student, "ADMITTED", id);
        kafka.send(CloudEventRecords.toRecord(students, student, entry("intl.student.enrolled.v1", 2, enrolled)))
                .get();
        kafka.send(CloudEventRecords.toRecord(students, student, entry("intl.student.enrolled.v1", 2, enrolled)))
                .get();
        kafka.send(CloudEventRecords.toRecord(students, student, entry("intl.student.admitted.v1", 1, admitted)))
                .get();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(http.get("/api/partnerships/" + id)
                                .json()
                                .get("enrolment")
                                .get("enrolledStudents")
                                .asInt())
                        .isEqualTo(1));
        assertThat(db.getCollection("student_enrolments")
                        .find(Filters.eq("_id", student))
                        .first()
                        .get("sequence", Number.class)
                        .longValue())
                .isEqualTo(2L);
    }

    @Test
    void aPageShowsEachPartnershipWithItsOwnEnrolledStudents() throws Exception {
        String tag = "Enrolled " + UUID.randomUUID();
        Map<String, Object> first =
                partnershipBody(partner("JP", "早稻田大学", "Waseda University " + tag), today().plusYears(3));
        first.put("title", Map.of("en", tag + " one"));
        // the first is a cooperative program in force: the statistics count its enrolled students too
        first.put("type", "JOINT_PROGRAM");
        first.put(
                "program",
                Map.of(
                        "approvalNumber",
                        "MOE11JP2A2021%04dN"
                                .formatted(ThreadLocalRandom.current().nextInt(10_000)),
                        "level",
                        "MASTER"));
        Map<String, Object> second =
                partnershipBody(partner("TH", "朱拉隆功大学", "Chulalongkorn University " + tag), today().plusYears(3));
        second.put("title", Map.of("en", tag + " two"));
        String one = http.post("/api/partnerships", first).json().get("id").asString();
        String two = http.post("/api/partnerships", second).json().get("id").asString();
        assertThat(move(one, "SIGNED").status()).isEqualTo(200);
        assertThat(move(one, "ACTIVE").status()).isEqualTo(200);
        long mastersBefore = statsEnrolled("MASTER");
        var students = EventChannel.of("/student-service", "intl.students.v1");
        // two enrolled under the first; under the second one enrolled and one graduated (not counted)
        Map<UUID, String[]> statusAndPartnership = Map.of(
                UUID.randomUUID(), new String[] {"ENROLLED", one},
                UUID.randomUUID(), new String[] {"ENROLLED", one},
                UUID.randomUUID(), new String[] {"ENROLLED", two},
                UUID.randomUUID(), new String[] {"GRADUATED", two});
        for (var e : statusAndPartnership.entrySet()) {
            String json = studentEvent(e.getKey(), e.getValue()[0], e.getValue()[1]);
            kafka.send(CloudEventRecords.toRecord(students, e.getKey(), entry("intl.student.enrolled.v1", 1, json)))
                    .get();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Integer> enrolledById = new HashMap<>();
            http.get("/api/partnerships?size=20&q=" + tag.replace(" ", "%20"))
                    .json()
                    .get("items")
                    .forEach(item -> enrolledById.put(
                            item.get("id").asString(),
                            item.get("enrolment").get("registeredStudents").asInt()));
            assertThat(enrolledById)
                    .containsOnlyKeys(one, two)
                    .containsEntry(one, 2)
                    .containsEntry(two, 1);
        });
        // a partnership read alone counts the same, and so do the statistics
        assertThat(http.get("/api/partnerships/" + one)
                        .json()
                        .get("enrolment")
                        .get("registeredStudents")
                        .asInt())
                .isEqualTo(2);
        assertThat(statsEnrolled("MASTER")).isEqualTo(mastersBefore + 2);
    }

    private long statsEnrolled(String level) {
        for (JsonNode row : http.get("/api/partnerships/stats").json().get("programEnrolment")) {
            if (level.equals(row.get("level").asString())) {
                return row.get("enrolled").asLong();
            }
        }
        return 0;
    }

    @Test
    void countsStaffGoingAbroadPerAgreementFromStaffTripEventsBesideTheStudents() throws Exception {
        String id = partnership(partner("KR", "高丽大学", "Korea University"), today().plusYears(4));
        String other = partnership(partner("KR", "延世大学", "Yonsei University"), today().plusYears(4));
        var faculty = EventChannel.of("/faculty-service", "intl.faculty.v1");
        UUID abroad = UUID.randomUUID();
        UUID back = UUID.randomUUID();
        UUID approved = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        // one trip departed (sent twice: a redelivery), then an older event of it arrives late and changes nothing
        kafka.send(trip(faculty, abroad, 4, "DEPARTED", id)).get();
        kafka.send(trip(faculty, abroad, 4, "DEPARTED", id)).get();
        kafka.send(trip(faculty, abroad, 3, "APPROVED", id)).get();
        // one went and came back, one is approved, one is under the other agreement
        kafka.send(trip(faculty, back, 4, "DEPARTED", id)).get();
        kafka.send(trip(faculty, back, 5, "RETURNED", id)).get();
        kafka.send(trip(faculty, approved, 3, "APPROVED", id)).get();
        kafka.send(trip(faculty, elsewhere, 4, "DEPARTED", other)).get();
        // an expert's event on the same topic is not a trip: skipped
        UUID expert = UUID.randomUUID();
        kafka.send(CloudEventRecords.toRecord(
                        faculty,
                        expert,
                        entry(
                                "intl.expert.registered.v1",
                                1,
                                "{\"id\":\"" + expert + "\",\"status\":\"CANDIDATE\",\"nationality\":\"DE\","
                                        + "\"continent\":\"EUROPE\",\"beltAndRoad\":false,"
                                        + "\"college\":\"School of Physics\",\"position\":\"RESEARCH\"}")))
                .get();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode mobility = http.get("/api/partnerships/" + id).json().get("staffMobility");
            assertThat(mobility.get("abroad").asInt()).isEqualTo(1);
            assertThat(mobility.get("returned").asInt()).isEqualTo(1);
            assertThat(mobility.get("approved").asInt()).isEqualTo(1);
        });
        JsonNode view = http.get("/api/partnerships/" + id).json();
        assertThat(view.get("enrolment").get("enrolledStudents").asInt()).isZero();
        assertThat(http.get("/api/partnerships/" + other)
                        .json()
                        .get("staffMobility")
                        .get("abroad")
                        .asInt())
                .isEqualTo(1);
        assertThat(db.getCollection("staff_trips")
                        .find(Filters.eq("_id", abroad))
                        .first()
                        .get("sequence", Number.class)
                        .longValue())
                .isEqualTo(4L);
        assertThat(db.getCollection("staff_trips").countDocuments(Filters.eq("_id", expert)))
                .isZero();
    }

    @Test
    void poisonStaffTripRecordsAreDeadLetteredAndNeverCounted() throws Exception {
        String id = partnership(partner("JP", "东北大学", "Tohoku University"), today().plusYears(4));
        var faculty = EventChannel.of("/faculty-service", "intl.faculty.v1");
        var poison = new java.util.ArrayList<>(PoisonRecords.all(
                faculty, "intl.staff-trip.departed.v1", trip -> staffTripEvent(trip, "DEPARTED", id)));
        for (var p : poison) {
            kafka.send(p.record()).get();
        }

        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), "intl.faculty.v1", "partnership-service.staff-trips", poison);

        assertThat(http.get("/api/partnerships/" + id)
                        .json()
                        .get("staffMobility")
                        .get("abroad")
                        .asInt())
                .isZero();
    }

    @Test
    void poisonStudentRecordsAreDeadLetteredCountedAndNeverCounted() throws Exception {
        String id = partnership(
                partner("KZ", "欧亚国立大学", "L.N. Gumilyov Eurasian National University"), today().plusYears(4));
        var students = EventChannel.of("/student-service", "intl.students.v1");
        double before = PoisonRecords.deadLetteredCount(
                management().get("/actuator/prometheus").body(), "intl.students.v1");
        var poison = new java.util.ArrayList<>(PoisonRecords.all(
                students, "intl.student.enrolled.v1", student -> studentEvent(student, "ENROLLED", id)));
        for (var p : poison) {
            kafka.send(p.record()).get();
        }

        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), "intl.students.v1", "partnership-service.enrolments", poison);

        assertThat(http.get("/api/partnerships/" + id)
                        .json()
                        .get("enrolment")
                        .get("enrolledStudents")
                        .asInt())
                .isZero();
        for (var p : poison) {
            assertThat(db.getCollection("student_enrolments")
                            .countDocuments(Filters.eq("_id", UUID.fromString(p.key()))))
                    .as(p.name())
                    .isZero();
        }
        assertThat(PoisonRecords.deadLetteredCount(
                        management().get("/actuator/prometheus").body(), "intl.students.v1"))
                .isGreaterThanOrEqualTo(before + poison.size());
    }

    @Test
    void keepsAReferredPartnerAndArchivesAnUnusedOne() {
        String used = partner("PK", "巴基斯坦国立科技大学", "NUST");
        partnership(used, today().plusYears(1));
        var refused = http.send("DELETE", "/api/partners/" + used, null, "application/json");
        assertThat(refused.status()).isEqualTo(409);
        String unused = partner("BY", "白俄罗斯国立大学", "Belarusian State University");
        assertThat(http.send("DELETE", "/api/partners/" + unused, null, "application/json")
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/partners/" + unused).json().get("archived").asBoolean())
                .isTrue();
        assertThat(http.get("/api/partners?q=Belarusian").json().get("total").asInt())
                .isZero();
    }

    @Test
    void listsWithFiltersAndBoundedPages() {
        String partnerId = partner("BY", "白俄罗斯国立技术大学", "Belarusian National Technical University");
        String id = partnership(partnerId, today().plusDays(40));
        move(id, "SIGNED");
        move(id, "ACTIVE");

        assertThat(ids(http.get("/api/partnerships?country=BY&status=ACTIVE"))).contains(id);
        assertThat(ids(http.get("/api/partnerships?q=技术大学"))).contains(id);
        assertThat(ids(http.get("/api/partnerships?q=本科交换"))).contains(id);
        assertThat(ids(http.get("/api/partnerships?expiringWithinDays=60"))).contains(id);
        assertThat(ids(http.get("/api/partnerships?expiringWithinDays=10"))).doesNotContain(id);
        assertThat(ids(http.get("/api/partnerships?partnerId=" + partnerId))).containsExactly(id);
        assertThat(http.get("/api/partners?beltAndRoad=true&continent=EUROPE")
                        .json()
                        .get("total")
                        .asInt())
                .isPositive();
        var page = http.get("/api/partnerships?size=1&page=0").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(http.get("/api/partnerships?size=201").status()).isEqualTo(400);
        assertThat(http.get("/api/partnerships?status=NOPE").status()).isEqualTo(400);

        var stats = http.get("/api/partnerships/stats").json();
        assertThat(stats.get("byStatus").get("ACTIVE").asLong()).isPositive();
        assertThat(stats.get("byCountry").get("BY").asLong()).isPositive();
        assertThat(stats.get("expiring").get("within90Days").asLong()).isPositive();
        assertThat(stats.get("beltAndRoad").get("share").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aPageShowsEachPartnershipWithItsOwnPartners() {
        String tag = "Page " + UUID.randomUUID();
        String seoul = partner("KR", "首尔艺术大学", "Seoul Arts University " + tag);
        String hanoi = partner("VN", "河内国家大学", "Vietnam National University " + tag);
        String minsk = partner("BY", "明斯克语言大学", "Minsk State Linguistic University " + tag);
        Map<String, Object> first = partnershipBody(seoul, today().plusYears(2));
        first.put("title", Map.of("en", tag + " arts"));
        Map<String, Object> second = partnershipBody(hanoi, today().plusYears(2));
        second.put("title", Map.of("en", tag + " languages"));
        second.put("partnerIds", List.of(hanoi, minsk));
        String arts = http.post("/api/partnerships", first).json().get("id").asString();
        String languages =
                http.post("/api/partnerships", second).json().get("id").asString();

        var items = http.get("/api/partnerships?size=20&q=" + tag.replace(" ", "%20"))
                .json()
                .get("items");
        Map<String, List<String>> partnersById = new HashMap<>();
        items.forEach(item -> partnersById.put(
                item.get("id").asString(),
                item.get("partners")
                        .valueStream()
                        .map(p -> p.get("id").asString())
                        .toList()));
        assertThat(partnersById)
                .containsOnlyKeys(arts, languages)
                .containsEntry(arts, List.of(seoul))
                .containsEntry(languages, List.of(hanoi, minsk));
        var moved = move(languages, "SIGNED").json();
        assertThat(moved.get("partners").valueStream().map(p -> p.get("country").asString()))
                .containsExactly("VN", "BY");
    }

    @Test
    void letsEveryRoleReadButOnlyOfficersAndAdminsWrite() {
        String partnerId = partner("KR", "延世大学", "Yonsei University");
        String id = partnership(partnerId, today().plusYears(2));
        var body = partnershipBody(partnerId, today().plusYears(2));
        for (String role : List.of("VIEWER", "STUDENT_COUNSELOR", "NEWS_EDITOR")) {
            Http as = http.withRoles(role);
            assertThat(as.get("/api/partnerships/" + id).status()).isEqualTo(200);
            var refused = as.post("/api/partnerships", body);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(as.post("/api/partnerships/" + id + "/transitions", Map.of("to", "SIGNED"))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(http.withRoles("PARTNERSHIP_OFFICER")
                        .post("/api/partnerships", body)
                        .status())
                .isEqualTo(201);
        assertThat(http.anonymous().get("/api/partnerships/" + id).status()).isEqualTo(401);
        assertThat(http.get("/api/partnerships/" + id).json().get("status").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void refusesEveryForgedTokenWhenCalledDirectly() {
        ForgedTokenChecks.assertEveryForgeryRefused("partnership-service", http, "/api/partners");
    }

    @Test
    void servesNoActuatorAndNoApiDocumentOnTheApiPort() {
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/openapi", "/v3/api-docs")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(management().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management().get("/actuator/openapi").json().get("paths").size())
                .isPositive();
    }

    @Test
    void exposesHealthAndDashboardMetrics() {
        var health = management().get("/actuator/health/readiness");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        move(partnership(partner("TH", "清迈大学", "Chiang Mai University"), today().plusYears(1)), "SIGNED");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                management().get("/actuator/prometheus").body())
                        .contains("intl_partnerships_transitions_total{", "intl_outbox_published_total{"));
    }

    @Test
    void everyWriteNamesItsActorAndRequestInTheChangeLogAndNotInTheEvents() {
        Http officer = http.withToken(org.openintl.platform.testing.TestTokens.token()
                .subject("officer-51c2")
                .roles("PARTNERSHIP_OFFICER")
                .sign());
        String partnerId = partner("KR", "高丽大学", "Korea University");
        var created = officer.withHeader("X-Request-Id", "ps-create-1")
                .post("/api/partnerships", partnershipBody(partnerId, today().plusYears(2)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(officer.withHeader("X-Request-Id", "ps-sign-2")
                        .post("/api/partnerships/" + id + "/transitions", Map.of("to", "SIGNED"))
                        .status())
                .isEqualTo(200);

        var log = http.withRoles("VIEWER").get("/api/partnerships/" + id + "/changes");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.json().valueStream().map(c -> c.get("actor").asString()))
                .containsExactly("officer-51c2", "officer-51c2");
        assertThat(log.json().valueStream().map(c -> c.get("requestId").asString()))
                .containsExactly("ps-create-1", "ps-sign-2");
        assertThat(log.json().get(1).get("events").get(0).asString()).isEqualTo("intl.partnership.signed.v1");
        var partnerLog = http.get("/api/partners/" + partnerId + "/changes");
        assertThat(partnerLog.json().get(0).get("actor").asString()).isEqualTo("test-admin");
        assertThat(partnerLog.json().get(0).has("requestId")).isTrue();
    }

    @Test
    void gaugesRegisterEveryLabelCombinationSoThatZeroIsZero() {
        String thai = partner("TH", "清迈大学", "Chiang Mai University");
        String id = partnership(thai, today().plusDays(20));
        move(id, "SIGNED");
        move(id, "ACTIVE");
        metrics.refresh();

        String scrape = management().get("/actuator/prometheus").body();
        // one row per resting status and type, per continent and Belt-and-Road flag, per program level
        assertThat(sample(scrape, "intl_partnerships{", "status=\"TERMINATED\"", "type=\"TALENT_PROGRAM\""))
                .isZero();
        assertThat(sample(scrape, "intl_partnerships{", "status=\"ACTIVE\"", "type=\"STUDENT_EXCHANGE\""))
                .isPositive();
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_partnerships{")))
                .hasSize(7 * 8);
        assertThat(sample(scrape, "intl_partnerships_active{", "continent=\"ANTARCTICA\"", "belt_and_road=\"true\""))
                .isZero();
        assertThat(sample(scrape, "intl_partnerships_active{", "continent=\"ASIA\"", "belt_and_road=\"true\""))
                .isPositive();
        assertThat(sample(scrape, "intl_partnerships_active_by_country{", "country=\"TH\""))
                .isPositive();
        assertThat(sample(scrape, "intl_programs_enrolled{", "level=\"DOCTORAL\""))
                .isZero();
        assertThat(sample(scrape, "intl_programs_quota{", "level=\"JUNIOR_COLLEGE\""))
                .isZero();
        assertThat(sample(scrape, "intl_partnerships_expiring{", "window=\"30\""))
                .isPositive();
        assertThat(sample(scrape, "intl_programs_evaluations_overdue{")).isNotNegative();
        assertThat(sample(scrape, "intl_programs_evaluations_due{")).isNotNegative();
    }

    /** The value of the first sample of {@code metric} whose labels include all of {@code labels}; -1 if none. */
    private static double sample(String scrape, String metric, String... labels) {
        return scrape.lines()
                .filter(l -> l.startsWith(metric))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    private static List<String> ids(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private void expectProblem(Http.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").toString()).as(r.toString()).contains("\"field\":\"" + field + "\"");
    }

    /** A student event as student-service publishes it (valid against its schema). */
    static String studentEvent(UUID student, String status, String partnershipId) {
        return "{\"id\":\"" + student + "\",\"status\":\"" + status + "\",\"nationality\":\"KZ\","
                + "\"continent\":\"ASIA\",\"beltAndRoad\":true,\"category\":\"BACHELOR\","
                + "\"college\":\"College of Engineering\",\"fundingType\":\"CSC\",\"programAtRisk\":false,"
                + "\"partnershipId\":\"" + partnershipId + "\","
                + "\"transition\":{\"from\":\"ADMITTED\",\"to\":\"" + status + "\",\"date\":\"2026-09-01\"}}";
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> trip(
            EventChannel channel, UUID trip, long sequence, String status, String partnershipId) {
        String type = "intl.staff-trip." + status.toLowerCase(java.util.Locale.ROOT) + ".v1";
        return CloudEventRecords.toRecord(
                channel, trip, entry(type, sequence, staffTripEvent(trip, status, partnershipId)));
    }

    /** A staff-trip event as faculty-service publishes it (valid against its schema for the status's type). */
    static String staffTripEvent(UUID trip, String status, String partnershipId) {
        String from = switch (status) {
            case "APPROVED" -> "SUBMITTED";
            case "DEPARTED" -> "APPROVED";
            case "RETURNED" -> "DEPARTED";
            default -> throw new IllegalArgumentException(status);
        };
        return "{\"id\":\"" + trip + "\",\"status\":\"" + status + "\","
                + "\"college\":\"School of Foreign Languages\",\"countries\":[\"KR\"],\"purpose\":\"DELEGATION\","
                + "\"startDate\":\"2026-02-10\",\"endDate\":\"2026-02-16\",\"partnershipId\":\"" + partnershipId
                + "\",\"fundingSource\":\"UNIVERSITY\",\"approvalNumber\":\"WS-2026-118\","
                + (status.equals("RETURNED") ? "\"reportDueOn\":\"2026-03-18\"," : "")
                + "\"transition\":{\"from\":\"" + from + "\",\"to\":\"" + status + "\",\"date\":\"2026-02-16\"}}";
    }

    private static OutboxEntry entry(String type, long sequence, String json) {
        return new OutboxEntry(UUID.randomUUID(), type, sequence, Instant.now(), null, json);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> r) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(new String(r.value(), StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
