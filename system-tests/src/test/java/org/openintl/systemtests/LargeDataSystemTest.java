package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openintl.systemtests.Http.Response;
import tools.jackson.databind.JsonNode;

/**
 * An office's data on the embedded database: 100,000 students imported through the gateway with their events
 * flowing, then the list and a name search over them, each answering within the gateway's timeout (a 504 would
 * say otherwise). The peak heap of every process during the import and the timings go to
 * {@code target/large-data/measurements.txt}.
 *
 * <p>About four minutes on two cores and a data file of several gigabytes while it runs: it runs in the {@code
 * large-data} profile, which CI runs after the full build (.ci/run), not in every {@code ./mvnw verify}:
 * {@code ./mvnw -Plarge-data -pl system-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dintl.skip-scale-out-system-tests=true}.
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeDataSystemTest {

    static final int STUDENTS = Integer.getInteger("intl.system-tests.large-data.students", 100_000);
    private static final String FAMILY = "Largedata";

    private final SystemUnderTest system;
    private final Gateway gateway;

    LargeDataSystemTest(SystemUnderTest system) {
        this.system = system;
        this.gateway = system.gateway();
    }

    @Test
    @Order(1)
    void importsOneHundredThousandStudentsWithTheirEventsInBoundedMemory() {
        String csv = StudentCsv.generate(STUDENTS, FAMILY);
        try (HeapPeaks heaps = HeapPeaks.sampling(system.stack(), Duration.ofSeconds(1))) {
            importAndPublish(csv, heaps);
        }
    }

    private void importAndPublish(String csv, HeapPeaks heaps) {
        String key = UUID.randomUUID().toString();
        Instant begin = Instant.now();
        // receiving and staging 12 MB can outlast the gateway's 5 s: the same key then answers with the same job
        Response accepted = await("the import to be accepted")
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(5))
                .until(
                        () -> gateway.send(
                                "POST",
                                "/api/students/imports",
                                csv,
                                "Content-Type",
                                "text/csv",
                                "Idempotency-Key",
                                key),
                        // 409 + Retry-After: the same upload is still arriving; send it again later
                        r -> r.status() != 504 && r.status() != 503 && r.status() != 409);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String job = accepted.header("Location");
        Instant staged = Instant.now();

        JsonNode done = await("the import job to end")
                .atMost(Duration.ofHours(3))
                .pollInterval(Duration.ofSeconds(5))
                .until(
                        () -> {
                            Response r = gateway.get(job);
                            return r.status() == 200 ? r.json() : null;
                        },
                        j -> j != null && !"RUNNING".equals(j.get("status").asString()));
        Instant imported = Instant.now();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("imported").asLong()).isEqualTo(STUDENTS);

        Set<String> published = new HashSet<>();
        try (TopicReader reader = system.read("intl.students.v1")) {
            await("an admitted event for every imported student")
                    .atMost(Duration.ofHours(3))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        // everything there is, not one poll's worth (500 records) per check: the reader must not be
                        // what the time measures
                        int read;
                        do {
                            List<ConsumerRecord<String, byte[]>> records = reader.poll();
                            read = records.size();
                            records.stream()
                                    .filter(r -> "intl.student.admitted.v1".equals(TopicReader.header(r, "ce_type")))
                                    .forEach(r -> published.add(r.key()));
                            reader.forget();
                        } while (read > 0 && published.size() < STUDENTS);
                        return published.size() >= STUDENTS;
                    });
        }
        Instant eventsOut = Instant.now();
        Measurements.record(
                "large data: import of " + STUDENTS + " students through the gateway",
                "accepted (staged) in %d s, imported in %d s (%.0f rows/s), every admitted event on the topic after %d s"
                        .formatted(
                                Duration.between(begin, staged).toSeconds(),
                                Duration.between(begin, imported).toSeconds(),
                                STUDENTS
                                        / Math.max(
                                                1.0,
                                                Duration.between(begin, imported)
                                                        .toSeconds()),
                                Duration.between(begin, eventsOut).toSeconds()));
        assertThat(heaps.describe()).as("the peak heap of every process").doesNotStartWith("not measured");
        Measurements.record(
                "large data: peak heap used during the import (generations' used bytes, sampled every second)",
                heaps.describe());
        ProcessMemory.print(system.stack(), "after the large import");
    }

    @Test
    @Order(2)
    void listsAndSearchesOneHundredThousandStudentsWithinTheGatewayTimeout() {
        Instant begin = Instant.now();
        Response first = gateway.get("/api/students?size=50");
        Duration firstTook = Duration.between(begin, Instant.now());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("total").asLong()).isGreaterThanOrEqualTo(STUDENTS);
        assertSorted(first.json());

        long lastPage = (first.json().get("total").asLong() - 1) / 50;
        begin = Instant.now();
        Response last = gateway.get("/api/students?size=50&page=" + lastPage);
        Duration lastTook = Duration.between(begin, Instant.now());
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.json().get("items").size()).isPositive();

        begin = Instant.now();
        Response search = gateway.get("/api/students?size=50&name=" + StudentCsv.searchedName());
        Duration searchTook = Duration.between(begin, Instant.now());
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.json().get("total").asLong()).isEqualTo(StudentCsv.searchedNameCount(STUDENTS));

        Measurements.record(
                "large data: list and search over " + first.json().get("total").asLong() + " students",
                "first page %d ms, last page %d ms, name search (%d matches) %d ms"
                        .formatted(
                                firstTook.toMillis(),
                                lastTook.toMillis(),
                                search.json().get("total").asLong(),
                                searchTook.toMillis()));
    }

    private static void assertSorted(JsonNode page) {
        List<String> keys = page.get("items")
                .valueStream()
                .map(s -> s.path("familyName").asString("") + "\u0000"
                        + s.path("givenName").asString(""))
                .toList();
        assertThat(keys).isSortedAccordingTo(String::compareTo);
    }
}
