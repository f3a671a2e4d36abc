package org.openintl.benchmarks;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.openintl.localstack.StackService;

/**
 * A write in one service reaching the other service's projection: partnerships proposed, signed and put into force
 * in partnership-service at a fixed write rate, each activation timed until student-service's projection holds it as
 * ACTIVE (its {@code appliedAt}, stamped by student-service when it applied the event). The baseline beside it is the
 * HTTP latency of the activating write itself. A warm-up at the same rate runs first, half as long, and its events are
 * applied before the measured load starts.
 */
final class ProjectionScenario {

    private ProjectionScenario() {}

    static List<Table> run(BenchStack bench, BenchOptions options, double writesPerSecond) {
        Api direct = bench.service(StackService.PARTNERSHIP);
        String partnerId = direct.call(direct.postJson("/api/partners", Bodies.partner()))
                .get("id")
                .asString();
        // warm-up at the same rate (JIT, connections, consumer groups), and its events applied before measuring
        Map<UUID, Long> warmUp = new ConcurrentHashMap<>();
        OpenLoad.run(() -> activate(direct, partnerId, warmUp), writesPerSecond / 3, options.warmUp());
        readProjection(bench, warmUp, LoadResult.newHistogram());

        Map<UUID, Long> activationSent = new ConcurrentHashMap<>();
        ConsumersCaughtUp.await(bench.stack.kafkaBootstrap(), Duration.ofMinutes(3));
        ProcessCpu.AtRest rest = ProcessCpu.atRest(bench.stack, options.warmUp());
        ProcessCpu before = ProcessCpu.now(bench.stack);
        // three writes per partnership: proposed, signed, active
        LoadResult writes = OpenLoad.run(
                () -> activate(direct, partnerId, activationSent), writesPerSecond / 3, options.duration());

        Histogram toProjection = LoadResult.newHistogram();
        long missing = readProjection(bench, activationSent, toProjection);
        Table cpu = ProcessCpu.now(bench.stack)
                .perUnit(
                        before,
                        writes.ok(),
                        rest,
                        "CPU per partnership (proposed, signed, active) at %.0f writes/s, by process, until its projection was applied"
                                .formatted(writesPerSecond),
                        "partnership");
        Table table = new Table(
                        "Write -> other service's projection: partnership ACTIVE in partnership-service until student-service's projection has it, %.0f writes/s, %d s"
                                .formatted(writesPerSecond, options.duration().toSeconds()),
                        "measure",
                        "p50 ms",
                        "p99 ms",
                        "max ms",
                        "count")
                .row(
                        "the three writes of one partnership (HTTP, open model)",
                        Table.ms(writes.percentileMillis(50)),
                        Table.ms(writes.percentileMillis(99)),
                        Table.ms(writes.latencyMicros().getMaxValue() / 1000.0),
                        writes.ok() + " ok, " + writes.failed() + " failed")
                .row(
                        "activation sent -> applied in student-service's projection",
                        Table.ms(toProjection.getValueAtPercentile(50) / 1000.0),
                        Table.ms(toProjection.getValueAtPercentile(99) / 1000.0),
                        Table.ms(toProjection.getMaxValue() / 1000.0),
                        toProjection.getTotalCount() + " (" + missing + " not there after 60 s)");
        return List.of(table, cpu);
    }

    private static CompletableFuture<Boolean> activate(Api api, String partnerId, Map<UUID, Long> activationSent) {
        return api.client
                .sendAsync(api.postJson("/api/partnerships", Bodies.partnership(partnerId)), body())
                .thenCompose(created -> {
                    String id = Api.JSON.readTree(created.body()).get("id").asString();
                    return api.client
                            .sendAsync(
                                    api.postJson(
                                            "/api/partnerships/" + id + "/transitions", Bodies.transition("SIGNED")),
                                    body())
                            .thenCompose(signed -> {
                                activationSent.put(UUID.fromString(id), System.currentTimeMillis());
                                return api.client.sendAsync(
                                        api.postJson(
                                                "/api/partnerships/" + id + "/transitions",
                                                Bodies.transition("ACTIVE")),
                                        body());
                            });
                })
                .thenApply(r -> r.statusCode() == 200);
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString();
    }

    /** Records each activation's delay once the projection has it; returns how many never arrived. */
    private static long readProjection(BenchStack bench, Map<UUID, Long> activationSent, Histogram into) {
        try (MongoClient client = MongoClients.create(bench.stack.mongoUri())) {
            MongoCollection<BsonDocument> projection =
                    client.getDatabase("students").getCollection("partnership_projection", BsonDocument.class);
            Map<UUID, Long> waiting = new ConcurrentHashMap<>(activationSent);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!waiting.isEmpty() && System.nanoTime() < deadline) {
                List<BsonValue> ids = new ArrayList<>();
                waiting.keySet().stream().limit(500).forEach(id -> ids.add(new BsonBinary(id)));
                for (BsonDocument d : projection.find(in("_id", ids))) {
                    if ("ACTIVE"
                            .equals(d.getDocument("state").getString("status").getValue())) {
                        UUID id = d.getBinary("_id").asUuid();
                        long applied = d.getDateTime("appliedAt").getValue();
                        into.recordValue(Math.max(1, (applied - waiting.remove(id)) * 1000));
                    }
                }
                if (!waiting.isEmpty()) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return waiting.size();
        }
    }
}
