package org.openintl.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openintl.localstack.StackService;

/**
 * Start-up and memory against peak speed for each JIT mode of the services: a fresh stack per mode, timed from launch
 * until every process is healthy, its resident memory after start and after load, and the GET through the gateway
 * and the POST direct at full speed. C1 only ({@code -XX:TieredStopAtLevel=1}) is the baseline.
 */
final class StartupScenario {

    private StartupScenario() {}

    static List<Table> run(BenchOptions options) {
        Table table = new Table(
                "Start-up, memory and peak throughput per JIT mode of the services (a fresh stack each; ratio: to C1 only)",
                "JIT",
                "start to healthy s",
                "RSS after start MB",
                "RSS after load MB",
                "gateway GET req/s",
                "ratio",
                "direct POST writes/s",
                "ratio");
        List<String> memory = new ArrayList<>();
        double[] baseline = null;
        for (String jit : List.of("c1", "c2")) {
            try (BenchStack bench = BenchStack.start(jit)) {
                Map<String, Long> afterStart = ProcessMemory.residentMb(bench.stack);
                Api gateway = bench.gateway();
                Api direct = bench.service(StackService.PARTNERSHIP);
                direct.call(direct.postJson("/api/partners", Bodies.partner()));
                ClosedLoad.run(
                        gateway,
                        () -> gateway.get("/api/partnerships?size=1"),
                        options.connections(),
                        options.warmUp());
                LoadResult get = ClosedLoad.run(
                        gateway,
                        () -> gateway.get("/api/partnerships?size=1"),
                        options.connections(),
                        options.duration());
                ClosedLoad.run(direct, () -> direct.postJson("/api/partners", Bodies.partner()), 8, options.warmUp());
                LoadResult post = ClosedLoad.run(
                        direct, () -> direct.postJson("/api/partners", Bodies.partner()), 8, options.duration());
                Map<String, Long> afterLoad = ProcessMemory.residentMb(bench.stack);
                if (baseline == null) {
                    baseline = new double[] {get.throughput(), post.throughput()};
                }
                table.row(
                        jit.equals("c1") ? "C1 only (TieredStopAtLevel=1)" : "tiered C1+C2 (JVM default)",
                        bench.startedIn.toMillis() / 1000.0,
                        sum(afterStart),
                        sum(afterLoad),
                        get.throughput(),
                        Table.ratio(get.throughput(), baseline[0]),
                        post.throughput(),
                        Table.ratio(post.throughput(), baseline[1]));
                memory.add(jit + " after load, per process (MB): " + afterLoad);
            }
        }
        memory.forEach(table::note);
        return List.of(table);
    }

    private static long sum(Map<String, Long> mb) {
        return mb.values().stream().mapToLong(Long::longValue).sum();
    }
}
