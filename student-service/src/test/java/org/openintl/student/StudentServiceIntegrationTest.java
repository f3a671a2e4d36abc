package org.openintl.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.ForgedTokenChecks;
import org.openintl.platform.testing.PoisonRecords;
import org.openintl.platform.testing.TopicProbe;

/**
 * The foundation through the public interfaces: the partnership projection fed from the real topic decides which
 * students are accepted, every change is a CloudEvent on {@code intl.students.v1} that validates against its schema
 * and carries no personal data, poison records are dead-lettered, and the service reports itself ready with MongoDB (Kafka is not part of readiness).
 */
class StudentServiceIntegrationTest extends IntegrationTest {

    @Test
    void refusesUnknownAndProposedPartnershipsAndAcceptsOnceSigned() {
        UUID partnership = UUID.randomUUID();
        String college = unique("College of Exchanges");
        var body = student("partnershipId", partnership.toString(), "college", college);

        var unknown = http.post("/api/students", body);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:intl:problem:unknown-reference");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("partnershipId");

        publishPartnership(partnership, 1, "created", "PROPOSED");
        awaitPartnership(partnership, "PROPOSED");
        var proposed = http.post("/api/students", body);
        assertThat(proposed.status()).isEqualTo(422);
        assertThat(proposed.json().get("detail").asString()).contains("PROPOSED");
        assertThat(count("college=" + college)).isZero();

        publishPartnership(partnership, 2, "signed", "SIGNED");
        awaitPartnership(partnership, "SIGNED");
        var accepted = http.post("/api/students", body);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("partnershipId").asString()).isEqualTo(partnership.toString());
        assertThat(count("college=" + college)).isEqualTo(1);
    }

    @Test
    void redeliveredAndOutOfOrderPartnershipEventsChangeNothing() {
        UUID partnership = UUID.randomUUID();
        publishPartnership(partnership, 1, "created", "PROPOSED");
        publishPartnership(partnership, 3, "activated", "ACTIVE");
        awaitPartnership(partnership, "ACTIVE");

        publishPartnership(partnership, 2, "signed", "SIGNED"); // late
        publishPartnership(partnership, 3, "terminated", "TERMINATED"); // same sequence again
        publishPartnership(partnership, 1, "created", "PROPOSED"); // redelivered
        awaitPartnershipEventsConsumed();

        assertThat(projectionStatus(partnership)).isEqualTo("ACTIVE");
        assertThat(http.post("/api/students", student("partnershipId", partnership.toString()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void partnerEventsOnTheSameTopicAreSkippedNotDeadLettered() {
        UUID partner = UUID.randomUUID();
        publish(partner, 1, "intl.partner.registered.v1", Map.of("id", partner.toString(), "country", "KR"));
        publish(partner, 2, "intl.partner.updated.v1", Map.of("id", partner.toString()));
        awaitPartnershipEventsConsumed();

        assertThat(projectionStatus(partner)).isNull();
        try (var dlt = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), PARTNERSHIPS_TOPIC + "-dlt")) {
            assertThat(dlt.poll()).noneMatch(r -> partner.toString().equals(r.key()));
        }
    }

    @Test
    void poisonPartnershipRecordsAreDeadLetteredAndNeverApplied() throws Exception {
        double before = PoisonRecords.deadLetteredCount(
                management().get("/actuator/prometheus").body(), PARTNERSHIPS_TOPIC);
        var poison = PoisonRecords.all(
                PARTNERSHIP_SERVICE,
                "intl.partnership.signed.v1",
                id -> JSON.writeValueAsString(partnershipData(id, "SIGNED")));
        for (var p : poison) {
            kafka.send(p.record()).get();
        }

        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), PARTNERSHIPS_TOPIC, CONSUMER_GROUP, poison);

        for (var p : poison) {
            assertThat(projectionStatus(UUID.fromString(p.key()))).as(p.name()).isNull();
            assertThat(http.post("/api/students", student("partnershipId", p.key()))
                            .status())
                    .as(p.name())
                    .isEqualTo(422);
        }
        assertThat(PoisonRecords.deadLetteredCount(
                        management().get("/actuator/prometheus").body(), PARTNERSHIPS_TOPIC))
                .isGreaterThanOrEqualTo(before + poison.size());
        var listed = http.get("/api/admin/dead-letters/student-service/" + PARTNERSHIPS_TOPIC);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("key").asString()))
                .containsAll(poison.stream().map(PoisonRecords::key).toList());
    }

    @Test
    void registersAStudentAndPublishesAdmittedWithoutPersonalData() {
        var created = http.post("/api/students", student("passportNumber", "E98765432"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/students/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("status").asString()).isEqualTo("ADMITTED");
        assertThat(created.json().get("continent").asString()).isEqualTo("ASIA");
        assertThat(created.json().get("beltAndRoad").asBoolean()).isTrue();
        assertThat(created.json().get("passportNumber").asString()).isEqualTo("E98765432");

        var read = http.get("/api/students/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("chineseName").asString()).isEqualTo("金敏智");

        var record = awaitExactly(id, 1).get(0);
        EventSchemas.assertValid(record);
        assertThat(header(record, "ce_type")).isEqualTo("intl.student.admitted.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/student-service");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_sequence")).isEqualTo("1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "traceparent")).isNotBlank();
        var data = payload(record);
        assertThat(data.get("status").asString()).isEqualTo("ADMITTED");
        assertThat(data.get("nationality").asString()).isEqualTo("KR");
        assertThat(data.get("fundingType").asString()).isEqualTo("CSC");
        String raw = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("E98765432", "Kim", "Minji", "金敏智", "2003-04-05", "example.org");
    }

    @Test
    void readinessIsMongoOnlyAndKafkaStaysVisibleInHealth() {
        var readiness = management().get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().get("components").get("mongo").get("status").asString())
                .isEqualTo("UP");
        assertThat(readiness.json().get("components").has("kafka")).isFalse();
        assertThat(management()
                        .get("/actuator/health")
                        .json()
                        .get("components")
                        .get("kafka")
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(management().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management().get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void refusesEveryForgedTokenWhenCalledDirectly() {
        ForgedTokenChecks.assertEveryForgeryRefused("student-service", http, "/api/students");
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
    void statsCountTheFilteredStudents() {
        String college = unique("College of Statistics");
        create(student("college", college, "nationality", "KR"));
        create(student("college", college, "nationality", "RU", "category", "LANGUAGE"));
        create(student(
                "college",
                college,
                "nationality",
                "US",
                "category",
                "EXCHANGE",
                "funding",
                Map.of("type", "SELF_FUNDED"),
                "status",
                "APPLIED"));

        var stats = http.get("/api/students/stats?college=" + college);
        assertThat(stats.status()).isEqualTo(200);
        var s = stats.json();
        assertThat(s.get("total").asLong()).isEqualTo(3);
        assertThat(s.get("byStatus").get("ADMITTED").asLong()).isEqualTo(2);
        assertThat(s.get("byStatus").get("APPLIED").asLong()).isEqualTo(1);
        assertThat(s.get("byStatus").get("GRADUATED").asLong()).isZero();
        assertThat(s.get("byNationality").get("RU").asLong()).isEqualTo(1);
        assertThat(s.get("byContinent").get("EUROPE").asLong()).isEqualTo(1);
        assertThat(s.get("byContinent").get("NORTH_AMERICA").asLong()).isEqualTo(1);
        assertThat(s.get("byCategory").get("BACHELOR").asLong()).isEqualTo(1);
        assertThat(s.get("byFunding").get("CSC").asLong()).isEqualTo(2);
        assertThat(s.get("byCollege").get(college).asLong()).isEqualTo(3);
        assertThat(s.get("beltAndRoad").get("students").asLong()).isEqualTo(2);
        assertThat(s.get("beltAndRoad").get("share").asDouble()).isEqualTo(0.6667);
        assertThat(s.get("degree").get("degree").asLong()).isEqualTo(1);
        assertThat(s.get("degree").get("nonDegree").asLong()).isEqualTo(2);
        assertThat(s.get("funding").get("scholarship").asLong()).isEqualTo(2);
        assertThat(s.get("funding").get("selfFunded").asLong()).isEqualTo(1);
        assertThat(s.get("documentsDue").get("within7Days").asLong()).isZero();
    }

    @Test
    void suspendedPartnershipFlagsItsStudentsOncePerEpisode() {
        UUID partnership = activePartnership();
        String first = create(student("partnershipId", partnership.toString()));
        String second = create(student("partnershipId", partnership.toString(), "status", "APPLIED"));
        awaitExactly(first, 1);

        publishPartnership(partnership, 4, "suspended", "SUSPENDED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(first).get("programAtRisk").asBoolean()
                        && get(second).get("programAtRisk").asBoolean());
        // the same episode: redelivery, then a further at-risk state, then a stale event
        publishPartnership(partnership, 4, "suspended", "SUSPENDED");
        publishPartnership(partnership, 5, "terminated", "TERMINATED");
        publishPartnership(partnership, 3, "activated", "ACTIVE");
        awaitPartnershipEventsConsumed();

        for (String id : new String[] {first, second}) {
            var records = awaitExactly(id, 2);
            assertThat(types(records).get(1)).isEqualTo("intl.student.program-at-risk.v1");
            records.forEach(EventSchemas::assertValid);
            var data = payload(records.get(1));
            assertThat(data.get("programAtRisk").asBoolean()).isTrue();
            assertThat(data.get("partnershipId").asString()).isEqualTo(partnership.toString());
            assertThat(data.get("partnershipStatus").asString()).isEqualTo("SUSPENDED");
        }
        assertThat(get(first).get("programAtRisk").asBoolean()).isTrue();
    }

    @Test
    void reactivatedPartnershipEndsTheEpisodeAndANewSuspensionFlagsAgain() {
        UUID partnership = activePartnership();
        String id = create(student("partnershipId", partnership.toString()));
        publishPartnership(partnership, 4, "suspended", "SUSPENDED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(id).get("programAtRisk").asBoolean());

        publishPartnership(partnership, 5, "reactivated", "ACTIVE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !get(id).get("programAtRisk").asBoolean());
        publishPartnership(partnership, 6, "expired", "EXPIRED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(id).get("programAtRisk").asBoolean());

        var records = awaitExactly(id, 4);
        assertThat(types(records))
                .containsExactly(
                        "intl.student.admitted.v1",
                        "intl.student.program-at-risk.v1",
                        "intl.student.program-restored.v1",
                        "intl.student.program-at-risk.v1");
        records.forEach(EventSchemas::assertValid);
        assertThat(records).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void graduatedStudentsAreNotFlagged() {
        UUID partnership = activePartnership();
        String id = create(student("partnershipId", partnership.toString()));
        http.post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED"));
        http.post("/api/students/" + id + "/transitions", Map.of("to", "GRADUATED"));
        publishPartnership(partnership, 4, "terminated", "TERMINATED");
        awaitPartnershipEventsConsumed();

        assertThat(get(id).get("programAtRisk").asBoolean()).isFalse();
        assertThat(types(awaitExactly(id, 3)))
                .containsExactly("intl.student.admitted.v1", "intl.student.enrolled.v1", "intl.student.graduated.v1");
    }
}
