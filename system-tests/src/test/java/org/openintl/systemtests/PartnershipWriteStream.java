package org.openintl.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.openintl.systemtests.Http.Response;

/**
 * A stream of partnership writes through the gateway, as a busy office (or an import script) would send them, from a
 * few threads: each partnership is created with an {@code Idempotency-Key}, the first {@code signings} of them are
 * then signed with {@code If-Match}. A write that gets a 5xx is sent again, with the same key or precondition, until
 * the service acknowledges it: what the client was told was written is what the test then looks for.
 */
final class PartnershipWriteStream {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Gateway gateway;
    private final String partnerId;
    private final String marker;
    final Set<UUID> created = ConcurrentHashMap.newKeySet();
    final Set<UUID> signed = ConcurrentHashMap.newKeySet();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger resent = new AtomicInteger();

    PartnershipWriteStream(Gateway gateway, String partnerId, String marker) {
        this.gateway = gateway;
        this.partnerId = partnerId;
        this.marker = marker;
    }

    /** Starts {@code partnerships} creates and {@code signings} signings on {@code threads} threads. */
    List<Future<?>> start(ExecutorService pool, int threads, int partnerships, int signings) {
        AtomicInteger next = new AtomicInteger();
        return IntStream.range(0, threads)
                .<Future<?>>mapToObj(t -> pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < partnerships; i = next.getAndIncrement()) {
                        UUID id = create(i);
                        if (i < signings) {
                            sign(id);
                        }
                    }
                }))
                .toList();
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads);
    }

    private UUID create(int i) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of(
                "title", Map.of("en", marker + " #" + i, "zh", "学生交换协议"),
                "type", "STUDENT_EXCHANGE",
                "partnerIds", List.of(partnerId),
                "responsibleUnit", "International College",
                "startDate", java.time.LocalDate.now().minusDays(30).toString(),
                "endDate", java.time.LocalDate.now().plusYears(3).toString());
        Response r = untilAnswered(() -> gateway.post("/api/partnerships", body, "Idempotency-Key", key));
        if (r.status() != 201) {
            throw new AssertionError("create " + i + " refused: " + r);
        }
        UUID id = UUID.fromString(r.json().get("id").asString());
        created.add(id);
        acknowledged.incrementAndGet();
        return id;
    }

    private void sign(UUID id) {
        Response r = untilAnswered(() ->
                gateway.post("/api/partnerships/" + id + "/transitions", Map.of("to", "SIGNED"), "If-Match", "\"1\""));
        boolean appliedBefore = r.status() == 412
                && "SIGNED"
                        .equals(gateway.get("/api/partnerships/" + id)
                                .json()
                                .path("status")
                                .asString());
        if (r.status() != 200 && !appliedBefore) {
            throw new AssertionError("signing " + id + " refused: " + r);
        }
        signed.add(id);
        acknowledged.incrementAndGet();
    }

    /** Sends until the answer is not a 5xx (the service was busy or a timeout cut the call); counts the resends. */
    private Response untilAnswered(java.util.concurrent.Callable<Response> call) {
        AtomicInteger attempts = new AtomicInteger();
        return await("an answer other than 5xx")
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            if (attempts.getAndIncrement() > 0) {
                                resent.incrementAndGet();
                            }
                            return call.call();
                        },
                        r -> r.status() < 500);
    }
}
