package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/**
 * The broker stopped for three minutes in the middle of a stream of 5,000 writes through the gateway (4,000
 * partnerships created, 1,000 of them signed): every acknowledged write is kept and its events leave the outbox once
 * the broker is back; both consuming services' projections hold every partnership in its last state and news-service
 * wrote exactly one draft per signing; nothing is lost and no effect happens twice. Meanwhile every service stays
 * ready (readiness is MongoDB only). The figures go to {@code measurements.txt}, among them whether the outbox drained
 * and the projections converged within the 60 s target after the restart; the test itself waits up to
 * {@link #PATIENCE} for them, so that it proves "nothing lost" on a slow machine too, and reports the time.
 */
@SystemTest
class BrokerOutageStreamSystemTest {

    private static final int PARTNERSHIPS = 4_000;
    private static final int SIGNINGS = 1_000;
    private static final int WRITES = PARTNERSHIPS + SIGNINGS;
    private static final int WRITES_BEFORE_THE_OUTAGE = 500;
    private static final Duration OUTAGE = Duration.ofMinutes(3);
    private static final Duration TARGET = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int THREADS = 4;

    private final SystemUnderTest system;
    private final LocalStack stack;

    BrokerOutageStreamSystemTest(SystemUnderTest system) {
        this.system = system;
        this.stack = system.stack();
    }

    @Test
    void fiveThousandWritesAcrossAThreeMinuteBrokerOutageLoseNothingAndDoubleNothing() throws Exception {
        String marker = "Stream-" + UUID.randomUUID().toString().substring(0, 8);
        String partnerId = system.office().registerPartner("MY", "Universiti Malaya", "马来亚大学");
        PartnershipWriteStream stream = new PartnershipWriteStream(system.gateway(), partnerId, marker);
        ExecutorService pool = PartnershipWriteStream.pool(THREADS);
        Instant begin = Instant.now();
        List<Future<?>> writers = stream.start(pool, THREADS, PARTNERSHIPS, SIGNINGS);
        Instant stopped;
        Instant restarted;
        try {
            await("the first " + WRITES_BEFORE_THE_OUTAGE + " writes")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> stream.acknowledged.get() >= WRITES_BEFORE_THE_OUTAGE
                            || writers.stream().allMatch(Future::isDone));
            stack.stopBroker();
            stopped = Instant.now();
            int atStop = stream.acknowledged.get();
            assertThat(stack.isRunning(LocalStack.KAFKA)).isFalse();

            // readiness is MongoDB only: with the broker gone every service stays ready and keeps writing
            for (StackService service :
                    List.of(StackService.PARTNERSHIP, StackService.STUDENT, StackService.NEWS, StackService.FACULTY)) {
                var readiness = new Http(stack.managementUrl(service)).get("/actuator/health/readiness");
                assertThat(readiness.status())
                        .as(service + " during the outage: " + readiness)
                        .isEqualTo(200);
            }

            await("the broker to have been away for " + OUTAGE)
                    .pollDelay(OUTAGE.minus(Duration.between(stopped, Instant.now())))
                    .atMost(OUTAGE.plus(Duration.ofMinutes(1)))
                    .until(() -> true);
            int duringOutage = stream.acknowledged.get() - atStop;
            Instant restart = Instant.now();
            stack.startBroker();
            restarted = Instant.now();
            Measurements.record(
                    "stream: writes acknowledged while the broker was down (" + OUTAGE.toMinutes() + " min)",
                    String.valueOf(duringOutage));
            Measurements.record("stream: broker restart until ready", Duration.between(restart, restarted));
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
            if (!stack.isRunning(LocalStack.KAFKA)) {
                stack.startBroker();
            }
        }
        Instant streamEnd = Instant.now();
        Measurements.record(
                "stream: " + WRITES + " writes through the gateway on " + THREADS + " threads (" + stream.resent.get()
                        + " resent after a 5xx)",
                Duration.between(begin, streamEnd));
        assertThat(stream.acknowledged.get()).isEqualTo(WRITES);
        assertThat(stream.created).hasSize(PARTNERSHIPS);
        assertThat(stream.signed).hasSize(SIGNINGS);

        Instant deadline = restarted.plus(PATIENCE);
        try (Databases db = new Databases(stack.mongoUri())) {
            Duration drained = awaitUntil(
                    deadline,
                    "every outbox drained",
                    () -> db.withPendingEvents("partnerships", "partnerships", stream.created)
                            .isEmpty());
            record("stream: broker ready -> outbox drained", drained);
            Set<UUID> proposed = new HashSet<>(stream.created);
            proposed.removeAll(stream.signed);
            for (String database : List.of("students", "news")) {
                Duration converged = awaitUntil(
                        deadline,
                        database + " projection to hold every partnership in its last state",
                        () -> db.projected(database, "SIGNED").containsAll(stream.signed)
                                && db.projected(database, "PROPOSED").containsAll(proposed));
                record("stream: broker ready -> " + database + " projection converged", converged);
            }
            Duration drafted = awaitUntil(
                    deadline,
                    "one draft per signing",
                    () -> draftsPerPartnership(db, stream).keySet().containsAll(stream.signed));

            Map<UUID, Long> drafts = draftsPerPartnership(db, stream);
            record("stream: broker ready -> a draft for every signing", drafted);
            assertThat(drafts.keySet())
                    .as("drafts only for signed partnerships")
                    .isEqualTo(stream.signed);
            assertThat(drafts.values()).as("one draft per signing").allMatch(n -> n == 1);
        }
        long total = system.gateway()
                .get("/api/partnerships?size=1&q=" + marker)
                .json()
                .get("total")
                .asLong();
        assertThat(total).as("partnerships created (none twice)").isEqualTo(PARTNERSHIPS);
        Measurements.record(
                "stream: lost writes / duplicated partnerships / duplicated drafts", "0 / 0 / 0 (asserted)");
    }

    private static Map<UUID, Long> draftsPerPartnership(Databases db, PartnershipWriteStream stream) {
        return db.partnershipsNamedByArticles().stream()
                .filter(stream.created::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Waits until {@code condition} holds, at the latest at {@code deadline}; returns the time since the restart. */
    private static Duration awaitUntil(
            Instant deadline, String what, java.util.concurrent.Callable<Boolean> condition) {
        Duration left = Duration.between(Instant.now(), deadline);
        await(what + " within " + PATIENCE.toSeconds() + " s of the broker's restart")
                .atMost(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(condition);
        return Duration.between(deadline.minus(PATIENCE), Instant.now());
    }

    private static void record(String what, Duration took) {
        Measurements.record(
                what + (took.compareTo(TARGET) <= 0 ? " (within" : " (OVER") + " the " + TARGET.toSeconds()
                        + " s target)",
                took);
    }
}
