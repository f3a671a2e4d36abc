package org.openintl.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.MutableClock;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Partners and partnerships registered as they already are: the status and past dates build the history, the events
 * tell subscribers the current state marked migrated, and the deadlines follow the real dates.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class RecordsAsTheyAreIntegrationTest {

    private static final String TOPIC = "intl.partnerships.v1";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoDatabase db;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
        clock.set(TestClock.START);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    String partner(String country, String zh, String en) {
        var r = http.post(
                "/api/partners", Map.of("name", Map.of("zh", zh, "en", en), "country", country, "type", "UNIVERSITY"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Map<String, Object> agreement(String partnerId, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", "中韩本科交换项目", "ko", "학부 교환 프로그램"));
        body.put("type", "STUDENT_EXCHANGE");
        body.put("partnerIds", List.of(partnerId));
        body.put("startDate", "2021-09-01");
        body.put("endDate", end.toString());
        return body;
    }

    @Test
    void anAgreementInForceSinceAPastDateHasItsHistoryMigratedEventsAndItsNearExpiryWarning() {
        String partnerId = partner("KR", "高丽大学", "Korea University");
        var body = agreement(partnerId, today().plusDays(20));
        body.put("status", "ACTIVE");
        body.put("signedOn", "2021-05-20");
        body.put("inForceFrom", "2021-09-01");

        var created = http.post("/api/partnerships", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var json = created.json();
        String id = json.get("id").asString();
        assertThat(json.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(json.get("history").get(0).get("to").asString()).isEqualTo("SIGNED");
        assertThat(json.get("history").get(0).get("date").asString()).isEqualTo("2021-05-20");
        assertThat(json.get("history").get(1).get("to").asString()).isEqualTo("ACTIVE");
        assertThat(json.get("history").get(1).get("date").asString()).isEqualTo("2021-09-01");
        assertThat(json.get("warningsSent").toString()).contains("END_DATE:" + today().plusDays(20) + ":30");
        assertThat(http.get("/api/partnerships?expiringWithinDays=30").body()).contains(id);

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.size() >= 4);
            assertThat(mine)
                    .extracting(r -> header(r, "ce_type"))
                    .containsExactly(
                            "intl.partnership.created.v1",
                            "intl.partnership.signed.v1",
                            "intl.partnership.activated.v1",
                            "intl.partnership.expiring.v1");
            assertThat(mine).extracting(r -> header(r, "ce_migrated")).containsExactly("true", "true", "true", null);
            mine.forEach(EventSchemas::assertValid);
            assertThat(new String(mine.get(2).value(), StandardCharsets.UTF_8)).contains("\"date\":\"2021-09-01\"");
        }
    }

    @Test
    void datesThatDoNotFitTheStatusAreRefusedNamingTheFieldAndNothingIsStored() {
        String partnerId = partner("GB", "爱丁堡大学", "University of Edinburgh");
        long before = db.getCollection("partnerships").countDocuments();

        var future = agreement(partnerId, today().plusYears(2));
        future.put("status", "SIGNED");
        future.put("signedOn", today().plusDays(1).toString());
        expectProblem(http.post("/api/partnerships", future), "signedOn");

        var outOfOrder = agreement(partnerId, today().plusYears(2));
        outOfOrder.put("status", "ACTIVE");
        outOfOrder.put("signedOn", "2022-05-20");
        outOfOrder.put("inForceFrom", "2022-05-19");
        expectProblem(http.post("/api/partnerships", outOfOrder), "inForceFrom");

        var missing = agreement(partnerId, today().plusYears(2));
        missing.put("status", "EXPIRED");
        missing.put("signedOn", "2020-05-20");
        missing.put("inForceFrom", "2020-06-01");
        expectProblem(http.post("/api/partnerships", missing), "expiredOn");

        var notBelonging = agreement(partnerId, today().plusYears(2));
        notBelonging.put("status", "SIGNED");
        notBelonging.put("signedOn", "2022-05-20");
        notBelonging.put("suspendedOn", "2022-06-20");
        expectProblem(http.post("/api/partnerships", notBelonging), "suspendedOn");

        var pastItsEnd = agreement(partnerId, today().minusDays(1));
        pastItsEnd.put("status", "ACTIVE");
        pastItsEnd.put("signedOn", "2021-05-20");
        pastItsEnd.put("inForceFrom", "2021-06-01");
        expectProblem(http.post("/api/partnerships", pastItsEnd), "endDate");

        assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(before);

        var live = http.post("/api/partnerships", agreement(partnerId, today().plusYears(2)));
        assertThat(live.status()).isEqualTo(201);
        var withStatus = agreement(partnerId, today().plusYears(2));
        withStatus.put("status", "ACTIVE");
        expectProblem(
                http.put("/api/partnerships/" + live.json().get("id").asString(), withStatus, "If-Match", "\"1\""),
                "status");
        assertThat(http.get("/api/partnerships/" + live.json().get("id").asString())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void anExpiredAgreementIsRecordedWithItsWholePathAndRaisesNoWarning() {
        String partnerId = partner("RU", "圣彼得堡国立大学", "Saint Petersburg State University");
        var body = agreement(partnerId, LocalDate.of(2024, 8, 31));
        body.put("status", "EXPIRED");
        body.put("negotiatingOn", "2020-11-02");
        body.put("signedOn", "2021-05-20");
        body.put("inForceFrom", "2021-09-01");
        body.put("expiredOn", "2024-09-01");

        var created = http.post("/api/partnerships", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("history")).hasSize(4);
        assertThat(created.json().get("warningsSent")).isEmpty();
        assertThat(created.json().get("allowedTransitions").toString()).contains("RENEWED");
    }

    @Test
    void aPartnerTheOfficeNoLongerWorksWithIsRegisteredArchived() {
        var r = http.post(
                "/api/partners",
                Map.of(
                        "name",
                        Map.of("ko", "부산대학교", "zh", "釜山大学"),
                        "country",
                        "KR",
                        "type",
                        "UNIVERSITY",
                        "archived",
                        true));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asString();
        assertThat(r.json().get("archived").asBoolean()).isTrue();
        assertThat(http.get("/api/partners?q=부산").json().get("items")).isEmpty();
        assertThat(http.get("/api/partners?q=부산&includeArchived=true").body()).contains(id);

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), TOPIC)) {
            var mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(e -> id.equals(e.key()))
                                    .toList(),
                            l -> l.size() >= 2);
            assertThat(mine)
                    .extracting(e -> header(e, "ce_type"))
                    .containsExactly("intl.partner.registered.v1", "intl.partner.archived.v1");
            assertThat(mine).extracting(e -> header(e, "ce_migrated")).containsOnly("true");
            mine.forEach(EventSchemas::assertValid);
        }
        var current = http.get("/api/partners/" + id);
        expectProblem(
                http.put(
                        "/api/partners/" + id,
                        Map.of("name", Map.of("ko", "부산대학교"), "country", "KR", "type", "UNIVERSITY", "archived", false),
                        "If-Match",
                        current.header("ETag")),
                "archived");
        assertThat(db.getCollection("partners")
                        .find(Filters.eq("_id", UUID.fromString(id)))
                        .first()
                        .get("version"))
                .isEqualTo(2L);
    }

    private static void expectProblem(Http.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").toString()).as(r.toString()).contains("\"field\":\"" + field + "\"");
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
