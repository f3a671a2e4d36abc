package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openintl.systemtests.TopicReader.header;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.LocalStack;
import org.openintl.systemtests.Http.Response;

/**
 * The outbox guarantee (ADR 0001) with a real broker that really goes away: writes keep being accepted,
 * their events wait in the documents, and once the broker is back every one of them reaches student-service.
 */
@SystemTest
class BrokerOutageSystemTest {

    private static final int PARTNERSHIPS = 20;

    private final SystemUnderTest system;
    private final LocalStack stack;
    private final Office office;

    BrokerOutageSystemTest(SystemUnderTest system) {
        this.system = system;
        this.stack = system.stack();
        this.office = system.office();
    }

    @Test
    void losesNoWriteMadeWhileTheBrokerIsDown() {
        String partnerId = office.registerPartner("KZ", "Al-Farabi Kazakh National University", "哈萨克国立大学");
        List<String> written = new ArrayList<>();
        Duration slowestWrite = Duration.ZERO;

        stack.stopBroker();
        try {
            assertThat(stack.isRunning(LocalStack.KAFKA)).isFalse();
            Instant outage = Instant.now();
            for (int i = 1; i <= PARTNERSHIPS; i++) {
                Instant before = Instant.now();
                Response created = office.proposeExchangeResponse(partnerId, "Exchange written during outage " + i);
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                String id = created.json().get("id").asString();
                Instant between = Instant.now();
                Response signed = office.move(id, "SIGNED");
                assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
                written.add(id);
                slowestWrite = max(
                        slowestWrite, max(Duration.between(before, between), Duration.between(between, Instant.now())));
            }
            Measurements.record(
                    PARTNERSHIPS + " partnerships created and signed with the broker down (slowest write "
                            + slowestWrite.toMillis() + " ms)",
                    Duration.between(outage, Instant.now()));
        } finally {
            Instant restart = Instant.now();
            stack.startBroker();
            Measurements.record(
                    "broker restart (same port, same data) until ready", Duration.between(restart, Instant.now()));
        }
        Instant back = Instant.now();

        // a signed event on the topic means its created event is there too: same key, same partition, in order
        try (TopicReader reader = system.read("intl.partnerships.v1")) {
            await("every signed event on the topic")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> signedKeys(reader).containsAll(written));
        }
        Measurements.record(
                "relay catch-up (broker ready -> the signed events of all " + PARTNERSHIPS + " on the topic)",
                Duration.between(back, Instant.now()));

        Map<String, Map<String, Object>> unknownToStudents = new LinkedHashMap<>();
        written.forEach(id -> unknownToStudents.put(id, Office.studentBody(id)));
        await("student-service to know every partnership written during the outage")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> admitStudentsUnder(unknownToStudents));
        Measurements.record(
                "projection catch-up (broker ready -> student-service accepts students for all " + PARTNERSHIPS
                        + " partnerships)",
                Duration.between(back, Instant.now()));
    }

    private static Set<String> signedKeys(TopicReader reader) {
        return reader.poll().stream()
                .filter(r -> "intl.partnership.signed.v1".equals(header(r, "ce_type")))
                .map(r -> r.key())
                .collect(Collectors.toSet());
    }

    /**
     * Registers a student under each partnership not yet known to student-service, in the order they were written,
     * stopping at the first that is still unknown so that waiting costs one request per poll. Each partnership's
     * student keeps its body and {@code Idempotency-Key} across polls, so a timed-out attempt is never doubled.
     */
    private boolean admitStudentsUnder(Map<String, Map<String, Object>> unknown) {
        for (Iterator<Map.Entry<String, Map<String, Object>>> it =
                        unknown.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<String, Map<String, Object>> next = it.next();
            Response r = office.registerStudent(next.getValue(), "outage-" + next.getKey());
            if (Office.notKnownYet(r)) {
                return false;
            }
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            it.remove();
        }
        return true;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
