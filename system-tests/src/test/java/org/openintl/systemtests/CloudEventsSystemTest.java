package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openintl.systemtests.TopicReader.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.Http.Response;
import tools.jackson.databind.JsonNode;

/** What a campus system subscribed to the topics receives: CloudEvents in Kafka binary mode (docs/events.md). */
@SystemTest
class CloudEventsSystemTest {

    private static final String PARTNERSHIPS = "intl.partnerships.v1";
    private static final String STUDENTS = "intl.students.v1";

    private final SystemUnderTest system;
    private final Office office;

    CloudEventsSystemTest(SystemUnderTest system) {
        this.system = system;
        this.office = system.office();
    }

    @Test
    void publishesPartnershipEventsWithCloudEventsHeadersKeyedByTheAggregate() {
        String traceId = randomHex(16);
        String[] trace = {"traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"};
        String partnerId = office.registerPartner("TH", "Chulalongkorn University", "朱拉隆功大学", trace);
        String partnershipId = office.proposeExchange(partnerId, "Exchange with Chulalongkorn", trace);
        assertThat(office.move(partnershipId, "SIGNED", trace).status()).isEqualTo(200);
        assertThat(office.move(partnershipId, "ACTIVE", trace).status()).isEqualTo(200);

        try (TopicReader reader = system.read(PARTNERSHIPS)) {
            List<ConsumerRecord<String, byte[]>> events = await("the partnership's three events on " + PARTNERSHIPS)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> reader.keyed(partnershipId), l -> l.size() >= 3);
            assertThat(events)
                    .extracting(r -> header(r, "ce_type"))
                    .containsExactly(
                            "intl.partnership.created.v1",
                            "intl.partnership.signed.v1",
                            "intl.partnership.activated.v1");
            assertThat(events).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3");
            assertThat(events)
                    .extracting(ConsumerRecord::partition)
                    .containsOnly(events.get(0).partition());
            events.forEach(r -> assertValidCloudEvent(r, "/partnership-service", partnershipId, traceId));
            JsonNode activated = json(events.get(2));
            assertThat(activated.get("id").asString()).isEqualTo(partnershipId);
            assertThat(activated.get("status").asString()).isEqualTo("ACTIVE");

            List<ConsumerRecord<String, byte[]>> partnerEvents = await("the partner's event on " + PARTNERSHIPS)
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> reader.keyed(partnerId), l -> !l.isEmpty());
            assertThat(header(partnerEvents.get(0), "ce_type")).isEqualTo("intl.partner.registered.v1");
            partnerEvents.forEach(r -> assertValidCloudEvent(r, "/partnership-service", partnerId, traceId));
        }
    }

    @Test
    void publishesStudentEventsWithoutPersonalData() {
        Map<String, Object> body = Office.studentBody(null);
        Response created = office.registerStudent(body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String studentId = created.json().get("id").asString();

        try (TopicReader reader = system.read(STUDENTS)) {
            List<ConsumerRecord<String, byte[]>> events = await("the student's event on " + STUDENTS)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> reader.keyed(studentId), l -> !l.isEmpty());
            for (ConsumerRecord<String, byte[]> event : events) {
                assertValidCloudEvent(event, "/student-service", studentId, null);
                assertThat(header(event, "ce_type")).startsWith("intl.student.");
                String payload = new String(event.value(), StandardCharsets.UTF_8);
                assertThat(payload)
                        .as("personal data never leaves student-service in an event")
                        .doesNotContain(
                                (String) body.get("passportNumber"),
                                (String) body.get("dateOfBirth"),
                                (String) body.get("familyName"),
                                (String) body.get("givenName"));
            }
        }
    }

    /** The headers of docs/events.md; {@code traceId} {@code null}: any valid {@code traceparent}. */
    private static void assertValidCloudEvent(
            ConsumerRecord<String, byte[]> record, String source, String aggregateId, String traceId) {
        String what =
                record.topic() + "/" + record.partition() + "@" + record.offset() + " " + header(record, "ce_type");
        assertThat(header(record, "ce_specversion")).as(what).isEqualTo("1.0");
        String id = header(record, "ce_id");
        assertThat(UUID.fromString(id).toString()).as(what).isEqualToIgnoringCase(id);
        assertThat(header(record, "ce_source")).as(what).isEqualTo(source);
        assertThat(header(record, "ce_type"))
                .as(what)
                .matches("intl\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");
        OffsetDateTime time = OffsetDateTime.parse(header(record, "ce_time"));
        assertThat(time).as(what).isBefore(OffsetDateTime.now().plusMinutes(1));
        assertThat(time).as(what).isAfter(OffsetDateTime.now().minusHours(1));
        assertThat(header(record, "ce_subject")).as(what).isEqualTo(aggregateId);
        assertThat(record.key()).as(what).isEqualTo(aggregateId);
        assertThat(Long.parseLong(header(record, "ce_sequence"))).as(what).isPositive();
        assertThat(header(record, "content-type")).as(what).isEqualTo("application/json");
        String traceparent = header(record, "traceparent");
        assertThat(traceparent).as(what).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        if (traceId != null) {
            assertThat(traceparent)
                    .as(what + ": the trace of the request that caused it")
                    .contains(traceId);
        }
        assertThat(json(record).isObject()).as(what).isTrue();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        return Http.JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
