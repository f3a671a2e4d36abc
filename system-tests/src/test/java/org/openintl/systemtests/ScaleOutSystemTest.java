package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.ServiceInstances;
import org.openintl.localstack.StackPorts;
import org.openintl.localstack.StackService;
import org.openintl.systemtests.Http.Response;

/**
 * Two instances of every service and two gateways ({@code --instances=2}), in a system of their own (failsafe runs
 * this class in a separate execution, after the shared system has stopped). Writers stream partnerships through both
 * gateways, each created, signed and put into force (end date within 30 days, so every one is due one expiry
 * warning), while the second instance of each service is killed with SIGKILL and restarted by the supervisor. Then:
 * every acknowledged write is readable, every change is on the topic once (or twice with the same {@code ce_id}), one
 * key's events sit in one partition in the order they happened, news-service wrote one draft per signing,
 * partnership-service one expiry warning per partnership and window although both instances scan every 2 seconds,
 * and student-service's projection knows every partnership in force. Figures go to {@code target/scale-out.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutSystemTest {

    private static final int WRITERS_PER_GATEWAY = 2;
    private static final int PARTNERSHIPS = 60;
    private static final int KILL_AFTER = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final List<StackService> KILLED =
            List.of(StackService.PARTNERSHIP, StackService.STUDENT, StackService.NEWS);

    private LocalStack stack;
    private Gateway first;
    private Gateway second;
    private Path figures;

    @BeforeAll
    void start() {
        Path dataDir = Path.of(System.getProperty("intl.system-tests.scale-data-dir", "target/scale-data"))
                .toAbsolutePath()
                .normalize();
        figures = dataDir.resolveSibling("scale-out.txt");
        String adminPassword = "scale-out-" + UUID.randomUUID();
        StackPorts ports = StackPorts.freePorts();
        LocalStack.Builder builder = LocalStack.builder()
                .dataDir(dataDir)
                .ports(ports)
                .instances(ServiceInstances.freePorts(ports, 2))
                .readinessTimeout(Duration.ofMinutes(4))
                .serviceEnv(
                        StackService.GATEWAY,
                        Map.of(
                                "INTL_ADMIN_PASSWORD", adminPassword,
                                "INTL_LIMITS_RATE_REQUESTSPERSECOND", "1000",
                                "INTL_LIMITS_RATE_BURST", "2000"))
                // both instances scan all the time: the expiry warnings must still be one per window
                .serviceArgs(StackService.PARTNERSHIP, List.of("--intl.partnerships.scan-interval=PT2S"));
        String home = System.getProperty("intl.home");
        if (home != null) {
            builder.projectDir(Path.of(home).toAbsolutePath().normalize());
        }
        Instant begin = Instant.now();
        try {
            stack = builder.build().start();
        } catch (RuntimeException e) {
            LogTails.print(dataDir.resolve("logs"), 60, "the two-instance system did not start");
            throw e;
        }
        write("start (Kafka, MongoDB, 2 instances of every service and gateway): %d s"
                .formatted(Duration.between(begin, Instant.now()).toSeconds()));
        first = new Gateway(new Http(stack.instanceUrl(StackService.GATEWAY, 1)), adminPassword);
        second = new Gateway(new Http(stack.instanceUrl(StackService.GATEWAY, 2)), adminPassword);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void killingOneInstanceOfEachServiceMidStreamLosesNothingAndDoublesNothing() throws Exception {
        String partnerId = new Office(first).registerPartner("KR", "Scale-out university", "扩展大学");
        Writes writes = new Writes(partnerId);
        ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS_PER_GATEWAY);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (Gateway gateway : List.of(first, second)) {
            for (int w = 0; w < WRITERS_PER_GATEWAY; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < PARTNERSHIPS; i = next.getAndIncrement()) {
                        writes.createSignActivate(gateway, i);
                    }
                    return null;
                }));
            }
        }
        Instant begin = Instant.now();
        await("some writes acknowledged before the kill")
                .atMost(PATIENCE)
                .until(() -> writes.active.size() >= KILL_AFTER);
        Map<StackService, Integer> restartsBefore = new HashMap<>();
        for (StackService service : KILLED) {
            String process = ServiceInstances.processName(service, 2);
            restartsBefore.put(service, stack.restarts(process));
            ProcessHandle.of(stack.pid(process).orElseThrow()).orElseThrow().destroyForcibly(); // SIGKILL
        }
        Instant killed = Instant.now();
        int atKill = writes.acknowledged.get();
        for (StackService service : KILLED) {
            String process = ServiceInstances.processName(service, 2);
            await(process + " restarted")
                    .atMost(PATIENCE)
                    .until(() -> stack.restarts(process) > restartsBefore.get(service));
        }
        Instant back = Instant.now();
        for (Future<?> writer : writers) {
            writer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        pool.shutdown();
        Instant streamEnd = Instant.now();

        // every acknowledged write readable, through either gateway
        List<UUID> lost = writes.active.stream()
                .filter(id -> !"ACTIVE"
                        .equals(readable(second, "/api/partnerships/" + id)
                                .json()
                                .path("status")
                                .asString()))
                .toList();

        Convergence topic = new Convergence();
        try (TopicReader reader = new TopicReader(stack.kafkaBootstrap(), "intl.partnerships.v1")) {
            await("every change on the topic, one expiry warning per partnership")
                    .atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> topic.read(reader.poll(), writes.active));
        }
        Set<UUID> drafted = ConcurrentHashMap.newKeySet();
        Map<UUID, Integer> draftCounts = new ConcurrentHashMap<>();
        await("one generated draft per signing")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (UUID id : writes.active) {
                        if (!drafted.contains(id)) {
                            Response r = first.get("/api/news?generated=true&partnershipId=" + id);
                            int total =
                                    r.status() == 200 ? r.json().path("total").asInt() : 0;
                            if (total > 0) {
                                drafted.add(id);
                                draftCounts.put(id, total);
                            }
                        }
                    }
                    return drafted.containsAll(writes.active);
                });
        Set<UUID> known = ConcurrentHashMap.newKeySet();
        await("student-service's projection knows every partnership in force")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (UUID id : writes.active) {
                        if (!known.contains(id)) {
                            Response r = new Office(second).registerStudent(id.toString());
                            if (r.status() == 201) {
                                known.add(id);
                            }
                        }
                    }
                    return known.containsAll(writes.active);
                });
        Instant converged = Instant.now();
        // drafts counted again after everything settled: a late duplicate would show now
        for (UUID id : writes.active) {
            draftCounts.put(
                    id,
                    first.get("/api/news?generated=true&partnershipId=" + id)
                            .json()
                            .path("total")
                            .asInt());
        }

        write(
                "writes: %d acknowledged (%d partnerships created, signed and put into force; %d before the kill), %d resent after a 5xx or no answer"
                        .formatted(writes.acknowledged.get(), writes.active.size(), atKill, writes.resent.get()));
        write("kill: SIGKILL of %s; all three back after %d ms; stream took %d s"
                .formatted(
                        KILLED.stream()
                                .map(s -> ServiceInstances.processName(s, 2))
                                .toList(),
                        Duration.between(killed, back).toMillis(),
                        Duration.between(begin, streamEnd).toSeconds()));
        write("lost: %d acknowledged writes not readable".formatted(lost.size()));
        write(
                "events: %d records on intl.partnerships.v1 for these partnerships, %d of them a second copy with the same ce_id; keys in more than one partition: %d; out of order: %d"
                        .formatted(
                                topic.records,
                                topic.duplicates,
                                topic.keysInSeveralPartitions.size(),
                                topic.outOfOrder.size()));
        write("side effects: expiry warnings per partnership %s, generated drafts per signing %s"
                .formatted(histogram(topic.expiringEvents(writes.active)), histogram(draftCounts.values())));
        write("converged %d ms after the last write (topic, drafts, student-service projection)"
                .formatted(Duration.between(streamEnd, converged).toMillis()));

        assertThat(lost).as("acknowledged writes not readable").isEmpty();
        assertThat(topic.changeIdsPerKeyAndType.values())
                .as("one event per change")
                .allMatch(ids -> ids.size() == 1);
        assertThat(topic.copiesPerEventId.values())
                .as("a change published at most twice")
                .allMatch(n -> n <= 2);
        assertThat(topic.keysInSeveralPartitions)
                .as("one aggregate's events in one partition")
                .isEmpty();
        assertThat(topic.outOfOrder)
                .as("one aggregate's events in the order of its versions")
                .isEmpty();
        assertThat(topic.expiringEvents(writes.active))
                .as("one expiry warning per partnership and window")
                .allMatch(n -> n == 1);
        assertThat(draftCounts.values()).as("one generated draft per signing").allMatch(n -> n == 1);
    }

    private static Map<Integer, Long> histogram(java.util.Collection<Integer> counts) {
        Map<Integer, Long> histogram = new java.util.TreeMap<>();
        counts.forEach(n -> histogram.merge(n, 1L, Long::sum));
        return histogram;
    }

    private static Response readable(Gateway gateway, String path) {
        return await("an answer other than 5xx to GET " + path)
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> gateway.get(path), r -> r.status() < 500);
    }

    private void write(String line) {
        System.out.println("[scale-out] " + line);
        try {
            Files.createDirectories(figures.getParent());
            Files.writeString(
                    figures,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writers: create (Idempotency-Key), sign (If-Match 1), activate (If-Match 2), each sent until answered. */
    private static final class Writes {
        private final String partnerId;
        final Set<UUID> active = ConcurrentHashMap.newKeySet();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger resent = new AtomicInteger();

        Writes(String partnerId) {
            this.partnerId = partnerId;
        }

        void createSignActivate(Gateway gateway, int i) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Map.of(
                    "title", Map.of("en", "Scale-out exchange #" + i, "zh", "扩展交换 " + i),
                    "type", "STUDENT_EXCHANGE",
                    "partnerIds", List.of(partnerId),
                    "responsibleUnit", "International College",
                    "startDate", LocalDate.now().minusYears(1).toString(),
                    "endDate", LocalDate.now().plusDays(20).toString());
            Response created = untilAnswered(() -> gateway.post("/api/partnerships", body, "Idempotency-Key", key));
            assertThat(created.status()).as("create %d: %s", i, created).isEqualTo(201);
            acknowledged.incrementAndGet();
            UUID id = UUID.fromString(created.json().get("id").asString());
            move(gateway, id, "SIGNED", 1);
            move(gateway, id, "ACTIVE", 2);
            active.add(id);
        }

        private void move(Gateway gateway, UUID id, String to, int version) {
            Response r = untilAnswered(() -> gateway.post(
                    "/api/partnerships/" + id + "/transitions", Map.of("to", to), "If-Match", "\"" + version + "\""));
            // 412 after a resend: the first attempt was applied but its answer was lost. The read that shows it is
            // itself sent until answered: an instance may be down at that moment too
            Response current = r.status() == 412 ? readable(gateway, "/api/partnerships/" + id) : null;
            boolean appliedBefore =
                    current != null && to.equals(current.json().path("status").asString());
            assertThat(r.status() == 200 || appliedBefore)
                    .as("%s %s: %s, then read %s", to, id, r, current)
                    .isTrue();
            acknowledged.incrementAndGet();
        }

        private Response untilAnswered(Callable<Response> call) {
            AtomicInteger attempts = new AtomicInteger();
            return await("an answer other than 5xx")
                    .atMost(PATIENCE)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
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

    /** What the topic holds for the written partnerships, read again until complete. */
    private static final class Convergence {
        int records;
        int duplicates;
        final Map<String, Set<String>> changeIdsPerKeyAndType = new HashMap<>();
        final Map<String, Integer> copiesPerEventId = new HashMap<>();
        final Set<String> keysInSeveralPartitions = new HashSet<>();
        final Set<String> outOfOrder = new HashSet<>();

        boolean read(List<ConsumerRecord<String, byte[]>> all, Set<UUID> expected) {
            records = 0;
            duplicates = 0;
            changeIdsPerKeyAndType.clear();
            copiesPerEventId.clear();
            keysInSeveralPartitions.clear();
            outOfOrder.clear();
            Set<String> keys = new HashSet<>();
            expected.forEach(id -> keys.add(id.toString()));
            Map<String, Integer> partitionOfKey = new HashMap<>();
            Map<String, List<String>> typesInOrder = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : all) {
                if (!keys.contains(r.key())) {
                    continue;
                }
                records++;
                String type = TopicReader.header(r, "ce_type");
                String eventId = TopicReader.header(r, "ce_id");
                if (copiesPerEventId.merge(eventId, 1, Integer::sum) > 1) {
                    duplicates++;
                    continue;
                }
                // each partnership is created, signed and activated once and warned once (one window): two event
                // ids for one key and type would be a change made twice
                changeIdsPerKeyAndType
                        .computeIfAbsent(r.key() + " " + type, k -> new HashSet<>())
                        .add(eventId);
                Integer partition = partitionOfKey.putIfAbsent(r.key(), r.partition());
                if (partition != null && partition != r.partition()) {
                    keysInSeveralPartitions.add(r.key());
                }
                typesInOrder.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(type);
            }
            // created, then updated (signed), updated (active), then the warning: in that order in the partition
            typesInOrder.forEach((key, types) -> {
                if (!types.isEmpty() && !types.get(0).endsWith("created.v1")) {
                    outOfOrder.add(key);
                }
                int expiring = types.indexOf("intl.partnership.expiring.v1");
                if (expiring >= 0 && types.subList(0, expiring).size() < 3) {
                    outOfOrder.add(key);
                }
            });
            return keys.stream()
                    .allMatch(
                            key -> typesInOrder.getOrDefault(key, List.of()).contains("intl.partnership.expiring.v1"));
        }

        List<Integer> expiringEvents(Set<UUID> ids) {
            List<Integer> counts = new ArrayList<>();
            for (UUID id : ids) {
                counts.add(changeIdsPerKeyAndType
                        .getOrDefault(id + " intl.partnership.expiring.v1", Set.of())
                        .size());
            }
            return counts;
        }
    }
}
