package org.openintl.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link Bench}.
 *
 * @param scenarios which to run, in the order of {@link #ALL}
 * @param duration how long each measured load runs (the warm-up before it is half of that)
 * @param jit the JIT mode of the services in the shared stack: {@code c1} (C1 only) or {@code c2} (tiered, the JVM's
 *     default)
 * @param listSizes the student counts at which the list scenario measures (it imports up to each)
 * @param partnerSizes the partner counts at which it measures, before the students
 * @param writeRates the arrival rates (writes/s) of the outbox delay measurement
 * @param jfrDir when set, every service records a Java Flight Recording (profile settings) into this directory
 */
record BenchOptions(
        Set<String> scenarios,
        Duration duration,
        String jit,
        List<Integer> listSizes,
        List<Integer> partnerSizes,
        List<Integer> writeRates,
        int connections,
        String jfrDir) {

    static final List<String> ALL = List.of("gateway", "outbox", "projection", "lists", "startup");

    static final String USAGE = """
            Usage: ./bench.sh [options]   (or ./mvnw -Pbench -pl benchmarks -am verify -DskipTests -Dbench.args="...")
              --scenario=a,b      run only these (default: all): gateway, outbox, projection, lists, startup
              --duration=S        seconds of each measured load (default 10; warm-up is half of it)
              --jit=c1|c2         JIT of the services in the shared stack (default: the local stack's own setting)
              --list-sizes=a,b,c  students imported before each list measurement (default 1000,20000,100000)
              --partner-sizes=a,b partners imported before each list measurement, before the students (default 1000,20000)
              --write-rates=a,b   writes/s of the outbox delay measurement (default 100,300,500,1000)
              --connections=N     connections of the closed-model throughput runs (default 16)
              --jfr=DIR           the services record a JFR profile each, written to DIR when the stack stops""";

    static BenchOptions parse(String... args) {
        Set<String> scenarios = new LinkedHashSet<>(ALL);
        Duration duration = Duration.ofSeconds(10);
        String jit = "default";
        List<Integer> listSizes = List.of(1_000, 20_000, 100_000);
        // an office has hundreds to thousands of partners; 100,000 of them beside 100,000 students exceed the embedded
        // server's default budget for indexed fields (docs/embedded-database.md)
        List<Integer> partnerSizes = List.of(1_000, 20_000);
        List<Integer> writeRates = List.of(100, 300, 500, 1_000);
        int connections = 16;
        String jfrDir = null;
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--scenario=")) {
                Set<String> chosen = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                if (!ALL.containsAll(chosen)) {
                    throw new IllegalArgumentException("unknown scenario in " + arg + "; known: " + ALL);
                }
                scenarios = new LinkedHashSet<>(ALL);
                scenarios.retainAll(chosen);
            } else if (arg.startsWith("--duration=")) {
                duration = Duration.ofSeconds(Long.parseLong(value));
            } else if (arg.startsWith("--jit=")) {
                if (!List.of("c1", "c2", "default").contains(value)) {
                    throw new IllegalArgumentException("expected --jit=c1 or --jit=c2 but got " + arg);
                }
                jit = value;
            } else if (arg.startsWith("--list-sizes=")) {
                listSizes = integers(value);
            } else if (arg.startsWith("--partner-sizes=")) {
                partnerSizes = integers(value);
            } else if (arg.startsWith("--write-rates=")) {
                writeRates = integers(value);
            } else if (arg.startsWith("--connections=")) {
                connections = Integer.parseInt(value);
            } else if (arg.startsWith("--jfr=")) {
                jfrDir = java.nio.file.Path.of(value).toAbsolutePath().toString();
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(scenarios, duration, jit, listSizes, partnerSizes, writeRates, connections, jfrDir);
    }

    Duration warmUp() {
        return duration.dividedBy(2);
    }

    private static List<Integer> integers(String csv) {
        List<Integer> result = new ArrayList<>();
        for (String s : csv.split(",")) {
            result.add(Integer.parseInt(s.trim()));
        }
        return List.copyOf(result);
    }
}
