package org.openintl.news.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.news.partnership.PartnershipRepository;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.PoisonRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts from faculty-service's events on the real (embedded) broker: a talent's arrival and a delegation's return give
 * one draft each, however often the event is delivered; other trips and other types give none.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FacultyDraftsIntegrationTest {

    private static final String FACULTY = "intl.faculty.v1";
    private static final String PARTNERSHIPS = "intl.partnerships.v1";
    private static final EventChannel FACULTY_SERVICE = EventChannel.of("/faculty-service", FACULTY);
    private static final EventChannel PARTNERSHIP_SERVICE = EventChannel.of("/partnership-service", PARTNERSHIPS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    PartnershipRepository partnerships;

    Http http;

    @BeforeAll
    static void topics() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            var existing = admin.listTopics().names().get();
            for (String t : List.of(FACULTY, PARTNERSHIPS)) {
                if (!existing.contains(t)) {
                    admin.createTopics(List.of(new NewTopic(t, 3, (short) 1)))
                            .all()
                            .get();
                }
            }
        }
    }

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    @Test
    void aTalentsArrivalDeliveredTwiceAndRepublishedWithANewIdYieldsOneDraft() throws Exception {
        UUID talent = UUID.randomUUID();
        var arrived = event(talent, "intl.talent.arrived.v1", 7, talentData(talent));
        kafka.send(arrived).get();
        kafka.send(arrived).get();
        // the relay may publish the same change again under a new event id: still the same occasion
        kafka.send(event(talent, "intl.talent.arrived.v1", 7, talentData(talent)))
                .get();
        // the stages before arrival are no occasion
        UUID other = UUID.randomUUID();
        Map<String, Object> offered = talentData(other);
        offered.put("stage", "OFFERED");
        offered.remove("expertId");
        offered.put("transition", Map.of("from", "INTERVIEWED", "to", "OFFERED", "date", "2026-09-01"));
        kafka.send(event(other, "intl.talent.offered.v1", 4, offered)).get();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> drafts("TALENT_ARRIVED", talent).size() == 1);
        // a later record on the talent's partition: once it is handled, the repeats before it were too
        kafka.send(event(talent, "intl.talent.updated.v1", 8, talentData(talent)))
                .get();
        UUID marker = UUID.randomUUID();
        kafka.send(event(marker, "intl.talent.arrived.v1", 7, talentData(marker)))
                .get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> drafts("TALENT_ARRIVED", marker).size() == 1);

        List<JsonNode> drafts = drafts("TALENT_ARRIVED", talent);
        assertThat(drafts).hasSize(1);
        JsonNode draft = drafts.get(0);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("category").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(draft.get("themes").toString()).contains("INTERNATIONAL_FACULTY");
        assertThat(draft.get("eventDate").asString()).isEqualTo("2026-10-08");
        assertThat(draft.get("translations").get("zh").get("title").asString()).isEqualTo("海外高层次人才加盟化学学院");
        assertThat(draft.get("translations").get("en").get("summary").asString())
                .contains("Catalysis")
                .contains("United States")
                .contains("Overseas High-level Talent Program");
        assertThat(drafts("TALENT_ARRIVED", other)).isEmpty();
    }

    @Test
    void aReturningDelegationYieldsOneDraftLinkedToItsHostAndAgreementOtherTripsNone() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        kafka.send(CloudEventRecords.toRecord(
                        PARTNERSHIP_SERVICE,
                        partnership,
                        new OutboxEntry(
                                UUID.randomUUID(),
                                "intl.partnership.activated.v1",
                                3,
                                Instant.now(),
                                null,
                                JSON.writeValueAsString(partnershipData(partnership, host)))))
                .get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> partnerships.find(partnership).isPresent());

        UUID delegation = UUID.randomUUID();
        var returned = event(
                delegation, "intl.staff-trip.returned.v1", 6, tripData(delegation, "DELEGATION", host, partnership));
        kafka.send(returned).get();
        kafka.send(returned).get();
        kafka.send(event(
                        delegation,
                        "intl.staff-trip.returned.v1",
                        6,
                        tripData(delegation, "DELEGATION", host, partnership)))
                .get();
        UUID study = UUID.randomUUID();
        kafka.send(event(study, "intl.staff-trip.returned.v1", 6, tripData(study, "STUDY", host, partnership)))
                .get();
        UUID marker = UUID.randomUUID();
        kafka.send(event(marker, "intl.staff-trip.returned.v1", 6, tripData(marker, "DELEGATION", null, null)))
                .get();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> drafts("DELEGATION_RETURNED", marker).size() == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> drafts("DELEGATION_RETURNED", delegation).size() == 1);
        JsonNode draft = drafts("DELEGATION_RETURNED", delegation).get(0);
        assertThat(draft.get("category").asString()).isEqualTo("VISIT_OUTBOUND");
        assertThat(draft.get("translations").get("zh").get("title").asString()).isEqualTo("外国语学院代表团访问韩国归来");
        assertThat(draft.get("translations").get("en").get("summary").asString())
                .contains("Korea University")
                .contains("Undergraduate exchange");
        assertThat(draft.get("partnershipIds").get(0).asString()).isEqualTo(partnership.toString());
        assertThat(draft.get("partnerIds").get(0).asString()).isEqualTo(host.toString());
        assertThat(draft.get("eventDate").asString()).isEqualTo("2026-10-16");
        assertThat(drafts("DELEGATION_RETURNED", study)).isEmpty();
        assertThat(drafts("DELEGATION_RETURNED", marker).get(0).get("partnershipIds"))
                .isEmpty();
    }

    @Test
    void poisonOnTheFacultyTopicIsDeadLetteredAndDraftsNothing() throws Exception {
        var poison = PoisonRecords.all(
                FACULTY_SERVICE, "intl.talent.arrived.v1", id -> JSON.writeValueAsString(talentData(id)));
        for (var p : poison) {
            kafka.send(p.record()).get();
        }

        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), FACULTY, "news-service.faculty", poison);

        for (var p : poison) {
            assertThat(drafts("TALENT_ARRIVED", UUID.fromString(p.key())))
                    .as(p.name())
                    .isEmpty();
        }
    }

    private ProducerRecord<String, byte[]> event(UUID subject, String type, long sequence, Map<String, Object> data) {
        return CloudEventRecords.toRecord(
                FACULTY_SERVICE,
                subject,
                new OutboxEntry(UUID.randomUUID(), type, sequence, Instant.now(), null, JSON.writeValueAsString(data)));
    }

    /** A talent's arrival as faculty-service publishes it (valid against its schema). */
    private static Map<String, Object> talentData(UUID talent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", talent.toString());
        data.put("stage", "ARRIVED");
        data.put("nationality", "US");
        data.put("continent", "NORTH_AMERICA");
        data.put("beltAndRoad", false);
        data.put("program", "Overseas High-level Talent Program");
        data.put("college", "化学学院");
        data.put("field", "Catalysis");
        data.put("expertId", UUID.randomUUID().toString());
        data.put("transition", Map.of("from", "ACCEPTED", "to", "ARRIVED", "date", "2026-10-08"));
        return data;
    }

    /** A trip's return as faculty-service publishes it (valid against its schema). */
    private static Map<String, Object> tripData(UUID trip, String purpose, UUID host, UUID partnership) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", trip.toString());
        data.put("status", "RETURNED");
        data.put("college", "外国语学院");
        data.put("countries", List.of("KR"));
        data.put("purpose", purpose);
        data.put("startDate", "2026-10-10");
        data.put("endDate", "2026-10-16");
        if (host != null) {
            data.put("hostPartnerId", host.toString());
        } else {
            data.put("hostInstitution", "Seoul National University");
        }
        if (partnership != null) {
            data.put("partnershipId", partnership.toString());
        }
        data.put("fundingSource", "UNIVERSITY");
        data.put("approvalNumber", "WS-2026-118");
        data.put("reportDueOn", "2026-11-15");
        data.put("transition", Map.of("from", "DEPARTED", "to", "RETURNED", "date", "2026-10-16"));
        return data;
    }

    private static Map<String, Object> partnershipData(UUID id, UUID partner) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("status", "ACTIVE");
        data.put("type", "STUDENT_EXCHANGE");
        data.put("title", Map.of("zh", "本科生交换协议", "en", "Undergraduate exchange"));
        data.put(
                "partners",
                List.of(Map.of(
                        "id",
                        partner.toString(),
                        "name",
                        Map.of("zh", "高丽大学", "en", "Korea University"),
                        "country",
                        "KR",
                        "continent",
                        "ASIA",
                        "beltAndRoad",
                        true)));
        data.put("responsibleUnit", "国际交流与合作处");
        data.put("startDate", "2026-03-01");
        data.put("endDate", "2031-02-28");
        data.put("transition", Map.of("from", "SIGNED", "to", "ACTIVE", "date", "2026-03-02"));
        return data;
    }

    private List<JsonNode> drafts(String reason, UUID key) {
        JsonNode page = http.get("/api/news?generated=true&size=200").json();
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(n -> n.get("generated") != null
                        && reason.equals(n.get("generated").get("reason").asString())
                        && key.toString().equals(n.get("generated").get("key").asString()))
                .toList();
    }
}
