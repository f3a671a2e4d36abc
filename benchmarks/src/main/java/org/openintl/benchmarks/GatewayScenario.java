package org.openintl.benchmarks;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openintl.localstack.StackService;

/**
 * The gateway against its baseline, partnership-service called directly: the same GET and the same POST at the same
 * concurrency (throughput), then the GET at a fixed arrival rate of half the direct capacity (latency).
 */
final class GatewayScenario {

    private GatewayScenario() {}

    static List<Table> run(BenchStack stack, BenchOptions options) {
        Api direct = stack.service(StackService.PARTNERSHIP);
        Api gateway = stack.gateway();
        String partnerId = direct.call(direct.postJson("/api/partners", Bodies.partner()))
                .get("id")
                .asString();
        direct.call(direct.postJson("/api/partnerships", Bodies.partnership(partnerId)));

        Table throughput = new Table(
                "Gateway vs direct: throughput, " + options.connections() + " connections, "
                        + options.duration().toSeconds() + " s each",
                "request",
                "direct req/s",
                "gateway req/s",
                "gateway/direct",
                "direct p50 ms",
                "gateway p50 ms",
                "errors (direct/gateway)");
        Table cpu = new Table(
                "Gateway vs direct: CPU per request by process, at " + options.connections() + " connections",
                "process",
                "GET direct ms",
                "GET via gateway ms",
                "POST direct ms",
                "POST via gateway ms");
        Map<String, double[]> cpuRows = new LinkedHashMap<>();
        ClosedPairs pairs = new ClosedPairs(stack, direct, gateway, options, throughput, cpuRows);
        LoadResult[] get = pairs.run("GET /api/partnerships?size=1", a -> () -> a.get("/api/partnerships?size=1"), 0);
        pairs.run("POST /api/partners", a -> () -> a.postJson("/api/partners", Bodies.partner()), 2);
        cpuRows.forEach(
                (process, ms) -> cpu.row(process, Table.ms(ms[0]), Table.ms(ms[1]), Table.ms(ms[2]), Table.ms(ms[3])));

        // the POSTs left events for every consumer group to apply: measured during that tail, the first of the two
        // fixed-rate runs (direct) paid for it and the second less
        stack.settle();
        double rate = Math.max(10, Math.floor(get[0].throughput() / 2));
        Table latency = new Table(
                "Gateway vs direct: GET /api/partnerships?size=1 at a fixed %.0f req/s (half the direct capacity), %d s, open model"
                        .formatted(rate, options.duration().toSeconds()),
                "target",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "errors");
        LoadResult d = OpenLoad.http(direct, () -> direct.get("/api/partnerships?size=1"), rate, options.duration());
        LoadResult g = OpenLoad.http(gateway, () -> gateway.get("/api/partnerships?size=1"), rate, options.duration());
        latency.row(percentiles("direct", d));
        latency.row(percentiles("gateway", g));
        latency.row(
                "gateway - direct",
                Table.ms(g.percentileMillis(50) - d.percentileMillis(50)),
                Table.ms(g.percentileMillis(99) - d.percentileMillis(99)),
                Table.ms(g.percentileMillis(99.9) - d.percentileMillis(99.9)),
                "",
                "");
        return List.of(throughput, cpu, latency);
    }

    private static Object[] percentiles(String target, LoadResult r) {
        return new Object[] {
            target,
            Table.ms(r.percentileMillis(50)),
            Table.ms(r.percentileMillis(99)),
            Table.ms(r.percentileMillis(99.9)),
            Table.ms(r.latencyMicros().getMaxValue() / 1000.0),
            r.failed()
        };
    }

    /**
     * A request at the same concurrency direct and through the gateway, each after a warm-up: one row of
     * {@code throughput}, and each process's CPU per request into {@code cpuRows}.
     */
    private record ClosedPairs(
            BenchStack stack,
            Api direct,
            Api gateway,
            BenchOptions options,
            Table throughput,
            Map<String, double[]> cpuRows) {

        /** @param column the CPU column of the direct run; the gateway's is the next */
        LoadResult[] run(String name, Function<Api, Supplier<HttpRequest>> request, int column) {
            ClosedLoad.run(direct, request.apply(direct), options.connections(), options.warmUp());
            ProcessCpu before = ProcessCpu.now(stack.stack);
            LoadResult d = ClosedLoad.run(direct, request.apply(direct), options.connections(), options.duration());
            ProcessCpu after = ProcessCpu.now(stack.stack);
            ClosedLoad.run(gateway, request.apply(gateway), options.connections(), options.warmUp());
            ProcessCpu gatewayBefore = ProcessCpu.now(stack.stack);
            LoadResult g = ClosedLoad.run(gateway, request.apply(gateway), options.connections(), options.duration());
            ProcessCpu gatewayAfter = ProcessCpu.now(stack.stack);
            record(after.msPerUnit(before, d.ok() + d.failed()), column);
            record(gatewayAfter.msPerUnit(gatewayBefore, g.ok() + g.failed()), column + 1);
            throughput.row(
                    name,
                    d.throughput(),
                    g.throughput(),
                    Table.ratio(g.throughput(), d.throughput()),
                    Table.ms(d.percentileMillis(50)),
                    Table.ms(g.percentileMillis(50)),
                    d.failed() + "/" + g.failed());
            return new LoadResult[] {d, g};
        }

        private void record(Map<String, Double> msPerProcess, int column) {
            msPerProcess.forEach((process, ms) -> cpuRows.computeIfAbsent(process, p -> new double[4])[column] = ms);
        }
    }
}
