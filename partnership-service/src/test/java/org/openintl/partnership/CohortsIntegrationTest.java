package org.openintl.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.partnership.stats.PartnershipMetrics;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.MutableClock;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A cooperative program's intakes (all its students, most of them Chinese): recorded per year under the partnership
 * with If-Match, checked, announced, and used for enrolled vs quota in the view, the figures and the gauges.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class CohortsIntegrationTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoDatabase db;

    @Autowired
    PartnershipMetrics metrics;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
        clock.set(TestClock.START);
    }

    String program(String type, Map<String, Object> program) {
        var partner = http.post(
                "/api/partners",
                Map.of(
                        "name",
                        Map.of("en", "University of Glasgow", "zh", "格拉斯哥大学"),
                        "country",
                        "GB",
                        "type",
                        "UNIVERSITY"));
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", "电子信息工程中外合作办学项目", "en", "Electronic engineering joint program"));
        body.put("type", type);
        body.put("partnerIds", List.of(partner.json().get("id").asString()));
        body.put("startDate", "2019-09-01");
        body.put("endDate", "2029-08-31");
        body.put("status", "ACTIVE");
        body.put("signedOn", "2019-03-15");
        body.put("inForceFrom", "2019-09-01");
        if (program != null) {
            body.put("program", program);
        }
        var r = http.post("/api/partnerships", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Http.Response record(String id, int year, int admitted, int enrolled, int graduated, String etag) {
        return http.put(
                "/api/partnerships/" + id + "/cohorts/" + year,
                Map.of("admitted", admitted, "enrolled", enrolled, "graduated", graduated),
                "If-Match",
                etag);
    }

    @Test
    void recordedIntakesAreTheProgramsTotalsInTheViewTheFiguresAndTheGauges() {
        long enrolledBefore = statsEnrolled("MASTER");
        String id = program(
                "JOINT_PROGRAM", Map.of("approvalNumber", "MOE11GB2A20191234N", "level", "MASTER", "annualQuota", 120));
        var before = http.get("/api/partnerships/" + id);
        assertThat(before.json().get("enrolment").get("source").asString()).isEqualTo("STUDENTS");

        var first = record(id, 2024, 130, 118, 0, before.header("ETag"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var second = record(id, 2020, 100, 96, 90, first.header("ETag"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);

        // the answer shows the program's partner, as a read would
        assertThat(second.json().get("partners"))
                .singleElement()
                .satisfies(p -> assertThat(p.get("name").get("en").asString()).isEqualTo("University of Glasgow"));
        JsonNode enrolment = second.json().get("enrolment");
        assertThat(enrolment.get("source").asString()).isEqualTo("COHORTS");
        assertThat(enrolment.get("enrolledStudents").asLong()).isEqualTo(118 + 6);
        assertThat(enrolment.get("annualQuota").asInt()).isEqualTo(120);
        assertThat(enrolment.get("latestIntake").get("intakeYear").asInt()).isEqualTo(2024);
        assertThat(second.json().get("cohorts"))
                .extracting(c -> c.get("intakeYear").asInt())
                .containsExactly(2020, 2024);
        var listed = http.get("/api/partnerships/" + id + "/cohorts");
        assertThat(listed.json()).hasSize(2);
        assertThat(listed.header("ETag")).isEqualTo(second.header("ETag"));
        assertThat(statsEnrolled("MASTER")).isEqualTo(enrolledBefore + 124);
        metrics.refresh();
        assertThat(management().get("/actuator/prometheus").body().lines())
                .filteredOn(l -> l.startsWith("intl_programs_enrolled{") && l.contains("level=\"MASTER\""))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(" " + (double) (enrolledBefore + 124)));

        // the same counts again change nothing; a correction replaces the year
        var same = record(id, 2020, 100, 96, 90, second.header("ETag"));
        assertThat(same.header("ETag")).isEqualTo(second.header("ETag"));
        var corrected = record(id, 2020, 100, 96, 94, second.header("ETag"));
        assertThat(corrected.json().get("enrolment").get("enrolledStudents").asLong())
                .isEqualTo(118 + 2);
        var removed = http.send(
                "DELETE",
                "/api/partnerships/" + id + "/cohorts/2020",
                null,
                "application/json",
                "If-Match",
                corrected.header("ETag"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("cohorts")).hasSize(1);
        assertThat(removed.json().get("partners")).isEqualTo(second.json().get("partners"));
        assertThat(http.send(
                                "DELETE",
                                "/api/partnerships/" + id + "/cohorts/2020",
                                null,
                                "application/json",
                                "If-Match",
                                removed.header("ETag"))
                        .status())
                .isEqualTo(404);

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), "intl.partnerships.v1")) {
            var events = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .filter(r -> RecordsAsTheyAreIntegrationTest.header(r, "ce_type")
                                            .contains("cohort"))
                                    .toList(),
                            l -> l.size() >= 4);
            assertThat(events)
                    .extracting(r -> RecordsAsTheyAreIntegrationTest.header(r, "ce_type"))
                    .containsExactly(
                            "intl.partnership.cohort-recorded.v1",
                            "intl.partnership.cohort-recorded.v1",
                            "intl.partnership.cohort-recorded.v1",
                            "intl.partnership.cohort-removed.v1");
            events.forEach(EventSchemas::assertValid);
            assertThat(new String(events.get(0).value(), StandardCharsets.UTF_8))
                    .contains("\"cohort\":{\"intakeYear\":2024,\"admitted\":130,\"enrolled\":118,\"graduated\":0}");
        }
    }

    @Test
    void badCountsYearsVersionsAndTypesAreRefusedAndChangeNothing() {
        String id = program("JOINT_INSTITUTE", Map.of("approvalNumber", "MOE11GB1A20201111O", "level", "MASTER"));
        String etag = http.get("/api/partnerships/" + id).header("ETag");

        expectProblem(record(id, 2024, 100, 101, 0, etag), 400, "enrolled");
        expectProblem(record(id, 2024, 100, 90, 91, etag), 400, "graduated");
        expectProblem(record(id, 2024, -1, 0, 0, etag), 400, "admitted");
        expectProblem(record(id, 1980, 10, 10, 0, etag), 400, "intakeYear");
        expectProblem(record(id, 2028, 10, 10, 0, etag), 400, "intakeYear");
        var missing = http.put(
                "/api/partnerships/" + id + "/cohorts/2024", Map.of("admitted", 10, "enrolled", 5), "If-Match", etag);
        expectProblem(missing, 400, "graduated");
        assertThat(http.put(
                                "/api/partnerships/" + id + "/cohorts/2024",
                                Map.of("admitted", 1, "enrolled", 1, "graduated", 0))
                        .status())
                .isEqualTo(428);
        assertThat(record(id, 2024, 1, 1, 0, "\"99\"").status()).isEqualTo(412);
        assertThat(record(UUID.randomUUID().toString(), 2024, 1, 1, 0, "\"1\"").status())
                .isEqualTo(404);

        String exchange = program("STUDENT_EXCHANGE", null);
        var notAProgram = record(
                exchange,
                2024,
                10,
                10,
                0,
                http.get("/api/partnerships/" + exchange).header("ETag"));
        assertThat(notAProgram.status()).as(notAProgram.toString()).isEqualTo(409);

        var stored = db.getCollection("partnerships")
                .find(Filters.eq("_id", UUID.fromString(id)))
                .first();
        assertThat(stored.get("version")).isEqualTo(3L);
        assertThat(http.get("/api/partnerships/" + id + "/cohorts").json()).isEmpty();
    }

    @Test
    void intakesImportFromAFileByApprovalNumberOnceAndExportAgain() {
        String id = program(
                "JOINT_PROGRAM",
                Map.of("approvalNumber", "MOE32GB2A20181234N", "level", "BACHELOR", "annualQuota", 90));
        String csv = "programApprovalNumber,intakeYear,admitted,enrolled,graduated\r\n"
                + "moe32gb2a20181234n,2018,95,92,88\r\n"
                + "MOE32GB2A20181234N,2019,90,90,85\r\n"
                + "\r\n"
                + "MOE32GB2A20181234N,2020,90,80,81\r\n"
                + "MOE00XX0000000000N,2020,10,10,0\r\n";

        JsonNode job = importCohorts(csv);

        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("refused").asLong()).isEqualTo(2);
        assertThat(job.get("errors").toString())
                .contains("\"line\":5", "graduated", "\"line\":6", "MOE00XX0000000000N");
        var view = http.get("/api/partnerships/" + id).json();
        assertThat(view.get("cohorts")).hasSize(2);
        assertThat(view.get("enrolment").get("enrolledStudents").asLong()).isEqualTo(4 + 5);

        String etag = http.get("/api/partnerships/" + id).header("ETag");
        JsonNode again = importCohorts(csv);
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("matched").asLong()).isEqualTo(2);
        assertThat(http.get("/api/partnerships/" + id).header("ETag")).isEqualTo(etag);

        var export = http.get("/api/partnerships/cohorts/export?format=csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("MOE32GB2A20181234N,2018,95,92,88," + id);
        assertThat(http.get("/api/partnerships/cohorts/imports/template.xlsx").status())
                .isEqualTo(200);
    }

    JsonNode importCohorts(String csv) {
        var started = http.send("POST", "/api/partnerships/cohorts/imports", csv, "text/csv");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = started.json().get("id").asString();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> http.get("/api/partnerships/cohorts/imports/" + job)
                                .json(),
                        j -> !"RUNNING".equals(j.get("status").asString()));
    }

    long statsEnrolled(String level) {
        for (JsonNode row : http.get("/api/partnerships/stats").json().get("programEnrolment")) {
            if (level.equals(row.get("level").asString())) {
                return row.get("enrolled").asLong();
            }
        }
        return 0;
    }

    Http management() {
        return new Http("http://127.0.0.1:" + managementPort).anonymous();
    }

    private static void expectProblem(Http.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").toString()).as(r.toString()).contains("\"field\":\"" + field + "\"");
    }
}
