package org.openintl.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark command: {@code ./bench.sh [options]}. Starts the local stack itself (free ports, a temporary data
 * directory), runs the chosen scenarios against 127.0.0.1 only, prints each one's table and writes them all to
 * {@code benchmarks/target/bench-results.md}.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws IOException {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        List<Table> tables = new ArrayList<>();
        StringBuilder header = new StringBuilder("## Benchmark run ")
                .append(Instant.now())
                .append("\n\n")
                .append("Machine: %d cores, Java %s, %s; options: %s\n"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.version"),
                                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                                String.join(" ", args)));
        System.out.println(header);
        List<String> shared =
                options.scenarios().stream().filter(s -> !s.equals("startup")).toList();
        if (!shared.isEmpty()) {
            System.out.println("[bench] starting the local stack (JIT: " + options.jit() + ") ...");
            try (BenchStack bench = BenchStack.start(options.jit(), options.jfrDir())) {
                System.out.printf("[bench] stack healthy after %.1f s%n", bench.startedIn.toMillis() / 1000.0);
                for (String scenario : shared) {
                    // what the last scenario left queued is applied first, then the stack is at rest
                    bench.settle();
                    System.out.println("[bench] scenario " + scenario + " ...");
                    List<Table> result = switch (scenario) {
                        case "gateway" -> GatewayScenario.run(bench, options);
                        case "outbox" -> OutboxScenario.run(bench, options);
                        case "projection" -> ProjectionScenario.run(bench, options, 100);
                        case "lists" -> ListsScenario.run(bench, options);
                        default -> throw new IllegalStateException(scenario);
                    };
                    result.forEach(t -> System.out.println(t.render()));
                    tables.addAll(result);
                }
            }
        }
        if (options.scenarios().contains("startup")) {
            System.out.println("[bench] scenario startup (a fresh stack per JIT mode) ...");
            List<Table> result = StartupScenario.run(options);
            result.forEach(t -> System.out.println(t.render()));
            tables.addAll(result);
        }
        Path out = Path.of(System.getProperty("intl.home", "."), "benchmarks", "target", "bench-results.md");
        Files.createDirectories(out.getParent());
        StringBuilder all = new StringBuilder(header);
        tables.forEach(t -> all.append(t.render()));
        Files.writeString(out, all);
        System.out.println("[bench] tables written to " + out.toAbsolutePath().normalize());
    }
}
